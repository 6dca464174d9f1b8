/**
 * The loan contract as data: what the caller provides, and the document the `creditdocs`
 * operation answers with (the spec's `Contract` schema, field for field).
 */

/** A credit status, as the caller knows it. */
export type ContractStatus = string;

/** The borrower as the client profile stores them. */
export interface ContractBorrowerInput {
  fio: string;
  inn: string;
  /** Date of birth, YYYY-MM-DD. */
  bdate: string;
  /** 4 digits. */
  passport_series_blank: string;
  /** 6 digits. */
  passport_number_blank: string;
  address_reg: string;
  /** 10 digits, starting with 9. */
  mobile_phone: string;
}

/** Everything a contract is built from: the stored credit and its client. */
export interface ContractInput {
  creditid: number;
  /** Roubles, a decimal string as stored: "15000" or "15000.50". */
  amount: string;
  /** Days, a digit string: "30". */
  term: string;
  /** Percent per day, '.' or ',' as decimal mark: "0.8". */
  percent: string;
  /** The card, first 6 and last 4 digits: "220220******5895". */
  creditcard_masked: string;
  card_last4: string;
  /** RFC 3339 date-time of approval; its UTC day is the contract date. */
  approved_at: string;
  borrower: ContractBorrowerInput;
  /** The credit's current status; "approved" when absent. */
  status?: ContractStatus;
  /** What the loan is for, as the application says; "не установлены" when absent. */
  purpose?: string;
}

/** The lender's details. */
export interface ContractParty {
  name: string;
  /** 10 digits with a valid check digit. */
  inn: string;
  /** 13 digits. */
  ogrn: string;
  address: string;
  /** The number in the Bank of Russia's register of microfinance companies. */
  registry_number: string;
}

/** The borrower's details as the contract prints them. */
export interface ContractBorrower {
  fio: string;
  inn: string;
  bdate: string;
  passport_series: string;
  passport_number: string;
  address_reg: string;
  mobile_phone: string;
}

/** The full cost of credit (ПСК). */
export interface FullCost {
  /** Percent per year, 3 decimals: "292.000". */
  percent_per_year: string;
  /** Total interest over the loan, money: "3600.00". */
  amount_rub: string;
}

/** One row of the table of individual conditions. */
export interface ContractCondition {
  number: number;
  name: string;
  value: string;
}

/** One payment of the schedule; money as "1234.56". */
export interface SchedulePayment {
  number: number;
  /** YYYY-MM-DD. */
  due_date: string;
  principal: string;
  interest: string;
  total: string;
}

/** The loan contract, as JSON. */
export interface ContractDocument {
  /** "MF1-<year>-<creditid padded to 6>". */
  contract_number: string;
  /** YYYY-MM-DD, the approval day. */
  contract_date: string;
  creditid: number;
  status: ContractStatus;
  lender: ContractParty;
  borrower: ContractBorrower;
  /** Money: "15000.00". */
  amount: string;
  term_days: number;
  /** Normalised decimal: "0.8". */
  percent_per_day: string;
  full_cost: FullCost;
  conditions: ContractCondition[];
  schedule: SchedulePayment[];
  creditcard_masked: string;
  card_last4: string;
}
