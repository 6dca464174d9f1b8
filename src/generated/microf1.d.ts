// Generated from spec/microf1.openapi.yaml by scripts/generate-types.js; do not edit.
// Regenerate with `npm run types:generate`.
export interface paths {
    "/v1/add/user": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Добавить пользователя
         * @description Данная команда используется при создании профиля клиента в системе. Creates a client profile. The INN is unique: a second profile with the same INN is a conflict (409). The response is the stored profile, normalised, with its `userid`.
         */
        post: operations["adduser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/add/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Создать заявку
         * @description Данная команда используется при создании новой кредитной заявки в системе. Files a loan application for an existing client. The new application has the status `new` and then moves on: `in_review`, then `approved` or `rejected`; `approved` becomes `issued`, and `issued` becomes `repaid` or `overdue`. The decision is approval when the amount is at most three times the client's monthly income (other income included) and the client is 21 to 70 years old on the day of the decision; otherwise rejection with a reason. In the mock each status follows the one before after a step delay (5 s by default, or when the manual clock is advanced by as much); an approved loan is issued one step later and becomes `overdue` once its term in days has passed, unless the control API marks it `repaid` first.
         */
        post: operations["addcredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/status/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Получить статус
         * @description The status of one loan application or loan, its Russian label, its history and, when rejected, the reason. An unknown `creditid` is 404.
         */
        get: operations["creditstatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/docs/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Получить договор
         * @description The loan contract of an approved (or later) credit: JSON by default, a rendered PDF when `Accept` asks for `application/pdf`. An unknown credit, or an INN that does not own it, is 404 for both, so that credits cannot be probed. A credit not yet approved, or rejected, is 409 with its current status.
         */
        get: operations["creditdocs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * ИНН
         * Format: ru-inn-10
         * @description INN of the client: 10 digits with a valid check digit (weights 2,4,10,3,5,9,4,6,8; sum mod 11 mod 10).
         * @example 7704012340
         */
        Inn: string;
        /**
         * @description A Russian phone number without the country code, 10 digits.
         * @example 4951234567
         */
        Phone: string;
        /**
         * @description An amount in roubles with exactly two decimals.
         * @example 15000.00
         */
        Money: string;
        /**
         * Format: date-time
         * @description An RFC 3339 date and time.
         * @example 2026-12-04T10:15:00.000Z
         */
        Timestamp: string;
        /**
         * Статус
         * @description The lifecycle of a credit: `new` → `in_review` → `approved` or `rejected`; `approved` → `issued`; `issued` → `repaid` or `overdue`.
         * @enum {string}
         */
        CreditStatusCode: "new" | "in_review" | "approved" | "rejected" | "issued" | "repaid" | "overdue";
        /**
         * @description The Russian label of the status.
         * @enum {string}
         */
        StatusLabel: "Новая" | "На рассмотрении" | "Одобрена" | "Отклонена" | "Выдан" | "Погашен" | "Просрочен";
        /**
         * Профиль клиента
         * @description The client profile as `adduser` takes it.
         */
        AddUserRequest: {
            inn: components["schemas"]["Inn"];
            /**
             * ФИО
             * @description Surname, first name and optional patronymic: two to four words of letters of any script, separated by single spaces, a word possibly joined by a hyphen or an apostrophe (`Салтыков-Щедрин`, `О'Коннор`), 3 to 150 characters.
             */
            fio: string;
            /**
             * Дата рождения
             * Format: date
             * @description Date of birth. The client is 18 to 100 years old on the day of the request.
             */
            bdate: string;
            /**
             * Вид паспорта
             * @description The kind of identity document, by its code.
             * @enum {string}
             */
            passport_view: "21" | "22" | "14" | "10" | "12" | "91";
            /**
             * Паспорт - серия
             * @description Passport series: 4 digits, written as one group or as two pairs (`4512` or `45 12`); stored as 4 digits.
             */
            passport_series_blank: string;
            /**
             * Паспорт - номер
             * @description Passport number, 6 digits.
             */
            passport_number_blank: string;
            /**
             * Паспорт - кем и когда выдан
             * @description Who issued the passport and when.
             */
            passport_who_blank: {
                /**
                 * Кем выдан
                 * @description The issuing authority, as printed in the passport.
                 */
                issued_by: string;
                /**
                 * Дата выдачи
                 * Format: date
                 * @description The issue date, not before the 14th birthday and not in the future.
                 */
                issued_on: string;
                /**
                 * Код подразделения
                 * @description The code of the issuing division, `NNN-NNN`.
                 */
                division_code?: string;
            };
            /**
             * Прописка
             * @description The registration address, 10 to 500 characters.
             */
            address_reg: string;
            /**
             * Фактический адрес
             * @description The actual address; the registration address when absent.
             */
            address_fact?: string;
            /**
             * Телефон (мобильный)
             * @description Mobile phone, 10 digits starting with 9.
             */
            mobile_phone: string;
            /**
             * Телефон (стационарный)
             * @description Landline phone, 10 digits.
             */
            home_phone?: components["schemas"]["Phone"];
            /**
             * Компания
             * @description The employer. When given, `work_phone` is required.
             */
            work_name?: string;
            /**
             * Телефон
             * @description The employer's phone, 10 digits; required when `work_name` is given.
             */
            work_phone?: components["schemas"]["Phone"];
            /**
             * Адрес (фактический)
             * @description The employer's actual address.
             */
            work_address_fact?: string;
            /**
             * Адрес (юридический)
             * @description The employer's legal address.
             */
            work_address_reg?: string;
            /**
             * Должность
             * @description The client's position.
             * @enum {string}
             */
            work_post: "owner_director" | "head_of_unit" | "specialist" | "office_employee" | "worker" | "service_staff" | "civil_servant" | "military" | "entrepreneur" | "self_employed" | "pensioner" | "student" | "unemployed";
            /**
             * Стаж (текущий)
             * @description Months at the current job, 0 to 600.
             */
            work_exp?: number;
            /**
             * Телефон
             * @description The phone of a contact person, 10 digits. When given, `sub` is required.
             */
            contact_phone?: components["schemas"]["Phone"];
            /**
             * Абонент
             * @description The contact person who answers `contact_phone`; required with it.
             */
            sub?: string;
            /**
             * Доход
             * @description Monthly income in roubles, 3 to 5 digits (100 to 99999).
             */
            income: number;
            /**
             * Другие источники - доход
             * @description Other monthly income in roubles (100 to 99999). When given, `other_source` is required.
             */
            other_income?: number;
            /**
             * Другие источники - источник
             * @description Where the other income comes from; required with `other_income`.
             */
            other_source?: string;
            /**
             * Семейное положение
             * @description Marital status.
             * @enum {string}
             */
            family_status: "single" | "married" | "civil_marriage" | "divorced" | "widowed";
            /**
             * Дети
             * @description Number of children.
             * @enum {string}
             */
            children: "0" | "1" | "2" | "3+";
        };
        /**
         * Профиль клиента (сохранённый)
         * @description A stored client profile: the fields as sent, normalised (passport series as 4 digits, the actual address filled from the registration address when absent), with its `userid`.
         */
        Profile: {
            /** @description The number of the profile. */
            readonly userid: number;
            readonly created_at: components["schemas"]["Timestamp"];
            inn: components["schemas"]["AddUserRequest"]["inn"];
            fio: components["schemas"]["AddUserRequest"]["fio"];
            /**
             * Дата рождения
             * Format: date
             */
            bdate: string;
            passport_view: components["schemas"]["AddUserRequest"]["passport_view"];
            /** Паспорт - серия */
            passport_series_blank: string;
            passport_number_blank: components["schemas"]["AddUserRequest"]["passport_number_blank"];
            passport_who_blank: components["schemas"]["AddUserRequest"]["passport_who_blank"];
            address_reg: components["schemas"]["AddUserRequest"]["address_reg"];
            address_fact: components["schemas"]["AddUserRequest"]["address_fact"];
            mobile_phone: components["schemas"]["AddUserRequest"]["mobile_phone"];
            home_phone?: components["schemas"]["AddUserRequest"]["home_phone"];
            work_name?: components["schemas"]["AddUserRequest"]["work_name"];
            work_phone?: components["schemas"]["AddUserRequest"]["work_phone"];
            work_address_fact?: components["schemas"]["AddUserRequest"]["work_address_fact"];
            work_address_reg?: components["schemas"]["AddUserRequest"]["work_address_reg"];
            work_post: components["schemas"]["AddUserRequest"]["work_post"];
            work_exp?: components["schemas"]["AddUserRequest"]["work_exp"];
            contact_phone?: components["schemas"]["AddUserRequest"]["contact_phone"];
            sub?: components["schemas"]["AddUserRequest"]["sub"];
            income: components["schemas"]["AddUserRequest"]["income"];
            other_income?: components["schemas"]["AddUserRequest"]["other_income"];
            other_source?: components["schemas"]["AddUserRequest"]["other_source"];
            family_status: components["schemas"]["AddUserRequest"]["family_status"];
            children: components["schemas"]["AddUserRequest"]["children"];
        };
        /**
         * Кредитная заявка
         * @description A loan application as `addcredit` takes it.
         */
        AddCreditRequest: {
            /** @description The INN of an existing client profile; an unknown INN is refused (422). */
            inn: components["schemas"]["Inn"];
            /**
             * Сумма
             * @description The amount in roubles: digits with up to 2 decimals, 1000 to 500000 (the product's default limits).
             */
            amount: string;
            /**
             * Срок
             * @description The term in days, digits only, 5 to 365.
             */
            term: string;
            /**
             * Процент
             * @description Interest per day in percent, with `.` or `,` as the decimal mark, 0 to 0.8 (the legal cap on a microloan's daily rate).
             */
            percent: string;
            /**
             * Комментарий
             * @description A free comment, up to 1000 characters.
             */
            comment?: string;
            /**
             * Номер карты банка
             * Format: luhn
             * @description The bank card to transfer the loan to: 16 digits with a valid Luhn check digit. Never returned, logged or stored in clear text.
             */
            creditcard_number: string;
            /**
             * Цель
             * @description The purpose of the loan, up to 255 characters.
             */
            purpose: string;
        };
        CardMask: {
            /** @description The card number with all but the first 6 and last 4 digits hidden. */
            creditcard_masked?: string;
            /** @description The last 4 digits of the card. */
            card_last4?: string;
        };
        /**
         * Кредитная заявка (сохранённая)
         * @description A filed loan application. The card appears only masked.
         */
        CreditApplication: {
            /** Номер кредита */
            creditid: number;
            inn: components["schemas"]["Inn"];
            status: components["schemas"]["CreditStatusCode"];
            status_label: components["schemas"]["StatusLabel"];
            /**
             * Сумма
             * @description The amount in roubles as a decimal string with `.` as the decimal mark.
             */
            amount: string;
            /**
             * Срок
             * @description The term in days.
             */
            term: string;
            /**
             * Процент
             * @description Interest per day in percent, `.` as the decimal mark.
             */
            percent: string;
            comment?: components["schemas"]["AddCreditRequest"]["comment"];
            purpose: components["schemas"]["AddCreditRequest"]["purpose"];
            creditcard_masked: components["schemas"]["CardMask"]["creditcard_masked"];
            card_last4: components["schemas"]["CardMask"]["card_last4"];
            created_at: components["schemas"]["Timestamp"];
        };
        StatusChange: {
            status: components["schemas"]["CreditStatusCode"];
            at: components["schemas"]["Timestamp"];
        };
        /**
         * Статус кредита
         * @description The status of a credit, its history and, when rejected, the reason.
         */
        CreditStatus: {
            /** Номер кредита */
            creditid: number;
            status: components["schemas"]["CreditStatusCode"];
            status_label: components["schemas"]["StatusLabel"];
            updated_at: components["schemas"]["Timestamp"];
            /** @description Every status the credit has had, oldest first, ending with the current one. */
            history: components["schemas"]["StatusChange"][];
            /** @description Why the application was rejected, in Russian. */
            reason?: string;
            /**
             * @description Why the application was rejected, as a stable code.
             * @enum {string}
             */
            reason_code?: "amount_exceeds_income" | "age_out_of_range" | "requested_scenario" | "manual";
        };
        ContractParty: {
            name: string;
            /** Format: ru-inn-10 */
            inn: string;
            ogrn: string;
            address: string;
            /** @description The lender's number in the Bank of Russia's register of microfinance companies. */
            registry_number: string;
        };
        Borrower: {
            fio: string;
            inn: components["schemas"]["Inn"];
            /** Format: date */
            bdate: string;
            passport_series: string;
            passport_number: string;
            address_reg: string;
            mobile_phone: string;
        };
        /**
         * Договор потребительского микрозайма
         * @description The loan contract: its number and date, the parties, the full cost of credit, the table of individual conditions, the payment schedule and the masked card.
         */
        Contract: {
            contract_number: string;
            /** Format: date */
            contract_date: string;
            creditid: number;
            status: components["schemas"]["CreditStatusCode"];
            lender: components["schemas"]["ContractParty"];
            borrower: components["schemas"]["Borrower"];
            amount: components["schemas"]["Money"];
            term_days: number;
            percent_per_day: string;
            /** @description The full cost of credit (ПСК), in percent per year and in roubles. */
            full_cost: {
                percent_per_year: string;
                amount_rub: components["schemas"]["Money"];
            };
            /** @description The table of individual conditions of the contract. */
            conditions: {
                number: number;
                name: string;
                value: string;
            }[];
            /** @description The payment schedule. */
            schedule: {
                number: number;
                /** Format: date */
                due_date: string;
                principal: components["schemas"]["Money"];
                interest: components["schemas"]["Money"];
                total: components["schemas"]["Money"];
            }[];
            creditcard_masked: components["schemas"]["CardMask"]["creditcard_masked"];
            card_last4: components["schemas"]["CardMask"]["card_last4"];
        };
        Violation: {
            /** @description JSON pointer to the bad value in the body, or `/<name>` of a query parameter. */
            pointer: string;
            /** @description A stable machine code, the same in every language. */
            code: string;
            /** @description A sentence for people, Russian or English. */
            message: string;
        };
        /** Problem details (RFC 9457) */
        Problem: {
            /** @description A URI naming the kind of problem, e.g. `urn:microf1:problem:validation-failed`. */
            type: string;
            title: string;
            status: number;
            detail: string;
            instance?: string;
            /** @description The violations of the request, when the problem is a validation failure. Of very many a server may list the first only (the mock lists at most 100; its detail counts all). */
            errors?: components["schemas"]["Violation"][];
            /** @description For an unknown path, the documented path that is nearest to it. */
            nearest_path?: string;
            current_status?: components["schemas"]["CreditStatusCode"];
            /** @description For 406 and 415, the media types the operation can produce or take. */
            accepted?: string[];
            /** @description For 413, the largest body the server takes. */
            limit_bytes?: number;
        };
    };
    responses: {
        /** @description The body could not be parsed, or a query value is not of its type. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:microf1:problem:malformed-request",
                 *       "title": "Запрос не разобран",
                 *       "status": 400,
                 *       "detail": "Тело запроса не является корректным JSON.",
                 *       "errors": [
                 *         {
                 *           "pointer": "",
                 *           "code": "malformed_json",
                 *           "message": "Неожиданный конец JSON на позиции 41."
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No such credit, or the INN does not own it. */
        CreditNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:microf1:problem:not-found",
                 *       "title": "Не найдено",
                 *       "status": 404,
                 *       "detail": "Кредит 4242 не найден."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description No documented path matches; `nearest_path` names the nearest one. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:microf1:problem:unknown-path",
                 *       "title": "Путь не найден",
                 *       "status": 404,
                 *       "detail": "Путь /v1/add/users не описан в контракте.",
                 *       "nearest_path": "/v1/add/user"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The path is known but does not serve this method; `Allow` lists those it does. */
        MethodNotAllowed: {
            headers: {
                /** @description The methods the path serves. */
                Allow?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:microf1:problem:method-not-allowed",
                 *       "title": "Метод не поддерживается",
                 *       "status": 405,
                 *       "detail": "Путь /v1/add/user принимает только POST, OPTIONS."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description `Accept` names nothing the operation can produce. */
        NotAcceptable: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:microf1:problem:not-acceptable",
                 *       "title": "Формат ответа не поддерживается",
                 *       "status": 406,
                 *       "detail": "Операция отвечает только в форматах application/json.",
                 *       "accepted": [
                 *         "application/json"
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A profile with this INN exists already. */
        DuplicateInn: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:microf1:problem:duplicate",
                 *       "title": "Конфликт",
                 *       "status": 409,
                 *       "detail": "Профиль с таким ИНН уже существует.",
                 *       "errors": [
                 *         {
                 *           "pointer": "/inn",
                 *           "code": "duplicate",
                 *           "message": "Профиль с этим ИНН уже существует."
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The credit is not approved yet, or was rejected; `current_status` tells which. */
        ContractNotReady: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:microf1:problem:contract-not-ready",
                 *       "title": "Договор недоступен",
                 *       "status": 409,
                 *       "detail": "Договор готовится только для одобренного кредита; текущий статус «На рассмотрении».",
                 *       "current_status": "in_review"
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is over the server's limit (1 MiB by default). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:microf1:problem:payload-too-large",
                 *       "title": "Слишком большой запрос",
                 *       "status": 413,
                 *       "detail": "Тело запроса больше 1048576 байт.",
                 *       "limit_bytes": 1048576
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The body is in a media type the operation does not take. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:microf1:problem:unsupported-media-type",
                 *       "title": "Формат тела не поддерживается",
                 *       "status": 415,
                 *       "detail": "Операция принимает тело только в форматах application/json, application/x-www-form-urlencoded.",
                 *       "accepted": [
                 *         "application/json",
                 *         "application/x-www-form-urlencoded"
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is well formed but invalid: schema violations and business rules (unknown INN, limits, check digits), every one listed. */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:microf1:problem:validation-failed",
                 *       "title": "Ошибка проверки данных",
                 *       "status": 422,
                 *       "detail": "В запросе 2 ошибки.",
                 *       "errors": [
                 *         {
                 *           "pointer": "/inn",
                 *           "code": "inn_checksum",
                 *           "message": "Неверное контрольное число ИНН."
                 *         },
                 *         {
                 *           "pointer": "/work_phone",
                 *           "code": "required_with",
                 *           "message": "Поле обязательно, если указано поле work_name."
                 *         }
                 *       ]
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A fault of the server itself; never caused by any input. */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "urn:microf1:problem:internal-error",
                 *       "title": "Внутренняя ошибка",
                 *       "status": 500,
                 *       "detail": "Сервер не смог обработать запрос."
                 *     }
                 */
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
    };
    parameters: {
        /**
         * @description The language of error messages; Russian unless English (`en`) is preferred.
         * @example en
         */
        AcceptLanguage: string;
        /**
         * @description Номер кредита. The number of the credit, as `addcredit` returned it.
         * @example 1
         */
        CreditId: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    adduser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of error messages; Russian unless English (`en`) is preferred.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddUserRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AddUserRequest"];
            };
        };
        responses: {
            /** @description The profile was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            400: components["responses"]["BadRequest"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["DuplicateInn"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    addcredit: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The language of error messages; Russian unless English (`en`) is preferred.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
                /**
                 * @description Preferences as RFC 7240 writes them: a comma-separated list of `name[=value]` tokens, each optionally followed by `;`-separated parameters, names matched without regard to case. The one preference this operation knows is the `scenario` token: `scenario=<status>` asks the server for an outcome instead of the decision rule, one of `approved`, `rejected`, `issued`, `repaid` or `overdue`. The application still starts as `new` and passes through every status on its way. Every other preference, and a `scenario` the server does not know, is ignored; so is the header by a server without scenarios.
                 * @example respond-async, scenario=rejected
                 */
                Prefer?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCreditRequest"];
                "application/x-www-form-urlencoded": components["schemas"]["AddCreditRequest"];
            };
        };
        responses: {
            /** @description The application was filed with the status `new`. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditApplication"];
                };
            };
            400: components["responses"]["BadRequest"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    creditstatus: {
        parameters: {
            query: {
                /**
                 * @description Номер кредита. The number of the credit, as `addcredit` returned it.
                 * @example 1
                 */
                creditid: components["parameters"]["CreditId"];
            };
            header?: {
                /**
                 * @description The language of error messages; Russian unless English (`en`) is preferred.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The current status and its history. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditStatus"];
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["CreditNotFound"];
            406: components["responses"]["NotAcceptable"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
    creditdocs: {
        parameters: {
            query: {
                /**
                 * @description Номер кредита. The number of the credit, as `addcredit` returned it.
                 * @example 1
                 */
                creditid: components["parameters"]["CreditId"];
                /**
                 * @description The INN of the client who owns the credit.
                 * @example 7704012340
                 */
                inn: components["schemas"]["Inn"];
            };
            header?: {
                /**
                 * @description The language of error messages; Russian unless English (`en`) is preferred.
                 * @example en
                 */
                "Accept-Language"?: components["parameters"]["AcceptLanguage"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The loan contract. */
            200: {
                headers: {
                    /**
                     * @description With the PDF: `inline; filename="<contract_number>.pdf"`, so that a browser shows the contract and saves it under its number.
                     * @example inline; filename="MF1-2026-000051.pdf"
                     */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Contract"];
                    "application/pdf": string;
                };
            };
            400: components["responses"]["BadRequest"];
            404: components["responses"]["CreditNotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["ContractNotReady"];
            422: components["responses"]["ValidationFailed"];
            500: components["responses"]["InternalError"];
        };
    };
}
