// What Dredd needs to run the MicroF1 contract against a live implementation:
// - before all transactions, a client profile and an approved credit are created, because the
//   GET operations need a `creditid` and the INN that owns it, and the spec's example ids do not
//   exist on a fresh server;
// - before each transaction, the request gets those ids, and every new profile a fresh INN, so
//   repeated runs do not conflict (409);
// - transactions that expect an error status are skipped: Dredd would send the valid example
//   request and expect the error, which no correct server answers. `microf1 test` sends real
//   invalid requests instead.

const PROFILE_PATH = '/v1/add/user';
const CREDIT_PATH = '/v1/add/credit';
const STATUS_PATH = '/api/v1/status/credit';
const CONTRACT_PATH = '/api/v1/docs/credit';
const DECIDED = ['approved', 'issued', 'repaid', 'overdue'];

/** The INN check digit: weights 2,4,10,3,5,9,4,6,8 over nine digits, sum mod 11 mod 10. */
function innCheckDigit(nine) {
  const weights = [2, 4, 10, 3, 5, 9, 4, 6, 8];
  const sum = weights.reduce((total, weight, index) => total + weight * Number(nine[index]), 0);
  return (sum % 11) % 10;
}

/** A valid 10-digit INN that is new with every call (time and a counter in its digits). */
let issued = 0;
function freshInn() {
  issued += 1;
  const nine = `${Date.now() % 1e6}`.padStart(6, '0') + `${issued % 1000}`.padStart(3, '0');
  return `${nine}${innCheckDigit(nine)}`;
}

/** A complete, valid profile body for the given INN. */
function profileBody(inn) {
  return {
    inn,
    fio: 'Смирнова Ольга Петровна',
    bdate: '1990-11-02',
    passport_view: '21',
    passport_series_blank: '4610',
    passport_number_blank: '004512',
    passport_who_blank: {
      issued_by: 'ГУ МВД России по Московской области',
      issued_on: '2010-11-20',
    },
    address_reg: '141002, Московская область, г. Мытищи, ул. Мира, д. 12, кв. 7',
    mobile_phone: '9031234567',
    work_post: 'office_employee',
    income: 48000,
    family_status: 'single',
    children: '0',
  };
}

async function postJson(url, body, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json().catch(() => undefined) };
}

/** Creates the profile and credit the transactions refer to, and waits for the decision. */
async function createFixtures(baseUrl, state) {
  state.inn = freshInn();
  const profile = await postJson(`${baseUrl}${PROFILE_PATH}`, profileBody(state.inn));
  if (profile.status !== 201) throw new Error(`creating a profile answered ${profile.status}`);

  const credit = await postJson(
    `${baseUrl}${CREDIT_PATH}`,
    {
      inn: state.inn,
      amount: '15000',
      term: '14',
      percent: '0.8',
      creditcard_number: '2202201234565899',
      purpose: 'Покупка бытовой техники',
    },
    { prefer: 'scenario=approved' },
  );
  if (credit.status !== 201) throw new Error(`creating a credit answered ${credit.status}`);
  state.creditid = credit.body.creditid;

  // The mock's control API moves its clock; a real backend decides on its own time.
  for (let attempt = 0; attempt < 60; attempt += 1) {
    await fetch(`${baseUrl}/__mock/clock/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ms: 60000 }),
    }).catch(() => undefined);
    const status = await fetch(`${baseUrl}${STATUS_PATH}?creditid=${state.creditid}`);
    const body = await status.json().catch(() => ({}));
    if (DECIDED.includes(body.status)) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Puts the created ids into a transaction's query. */
function substituteQuery(transaction, state) {
  const [path, query = ''] = transaction.request.uri.split('?');
  const params = new URLSearchParams(query);
  if (params.has('creditid') || path === STATUS_PATH || path === CONTRACT_PATH) {
    params.set('creditid', String(state.creditid));
  }
  if (path === CONTRACT_PATH) params.set('inn', state.inn);
  transaction.request.uri = `${path}?${params.toString()}`;
  transaction.fullPath = `${transaction.fullPath.split('?')[0]}?${params.toString()}`;
}

/** Rewrites a JSON or form body's `inn` field. */
function substituteInn(transaction, inn) {
  const type =
    transaction.request.headers['Content-Type'] ||
    transaction.request.headers['content-type'] ||
    '';
  if (type.includes('json')) {
    const body = JSON.parse(transaction.request.body);
    body.inn = inn;
    transaction.request.body = JSON.stringify(body);
  } else {
    const form = new URLSearchParams(transaction.request.body);
    form.set('inn', inn);
    transaction.request.body = form.toString();
  }
}

/**
 * Registers the hooks on Dredd's `hooks` object. `options.baseUrl` overrides the endpoint the
 * fixtures are created on (Dredd's endpoint is read from the first transaction otherwise).
 */
function registerHooks(hooks, options = {}) {
  const state = { inn: undefined, creditid: undefined };

  hooks.beforeAll((transactions, done) => {
    const first = transactions[0];
    const baseUrl =
      options.baseUrl || (first ? `${first.protocol}//${first.host}:${first.port}` : '');
    createFixtures(baseUrl, state)
      .then(() => done())
      .catch((error) => {
        hooks.log(`MicroF1 fixtures could not be created: ${error.message}`);
        done();
      });
  });

  hooks.beforeEach((transaction, done) => {
    const path = transaction.request.uri.split('?')[0];
    if (!String(transaction.expected.statusCode).startsWith('2')) {
      transaction.skip = true;
      return done();
    }
    if (path === PROFILE_PATH) substituteInn(transaction, freshInn());
    if (path === CREDIT_PATH && state.inn) substituteInn(transaction, state.inn);
    if ((path === STATUS_PATH || path === CONTRACT_PATH) && state.creditid)
      substituteQuery(transaction, state);
    return done();
  });

  return state;
}

module.exports = { registerHooks, freshInn, innCheckDigit };
