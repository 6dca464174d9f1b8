// Valid `adduser` bodies with a new INN each time, so that every POST passes full validation
// and creates a profile (no duplicate refusals).

const WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];

/** The 10-digit INN whose first nine digits are `firstNine`, with its check digit. */
export function completeInn(firstNine) {
  const sum = WEIGHTS.reduce(
    (total, weight, index) => total + weight * Number(firstNine[index]),
    0,
  );
  return `${firstNine}${(sum % 11) % 10}`;
}

let next = 500_000_000;

/** A full, valid profile body with a fresh INN. */
export function createProfileJson() {
  next += 1;
  return JSON.stringify({
    inn: completeInn(String(next)),
    fio: 'Иванов Сергей Александрович',
    bdate: '1985-04-12',
    passport_view: '21',
    passport_series_blank: '45 05',
    passport_number_blank: '123456',
    passport_who_blank: {
      issued_by: 'Отделением по району Хамовники ОУФМС России по г. Москве в ЦАО',
      issued_on: '2005-05-20',
      division_code: '770-001',
    },
    address_reg: '119021, г. Москва, ул. Льва Толстого, д. 5, кв. 12',
    mobile_phone: '9161234567',
    work_name: 'ООО «Техносервис»',
    work_phone: '4957654321',
    work_post: 'specialist',
    work_exp: 36,
    income: 85000,
    family_status: 'married',
    children: '2',
  });
}
