/** A region of Russia with the codes that tie a person's documents, phones and address to it. */
export interface Region {
  /** The region as written in an address: `Новосибирская обл.`, `г. Москва`. */
  name: string;
  /** The region after `по` (dative): `Новосибирской области`, `г. Москве`. */
  dative: string;
  /** The main city, and the same city after `г.` in the genitive (`Новосибирска`). */
  city: string;
  cityGenitive: string;
  /** True for Moscow, Saint Petersburg and Sevastopol, where region and city are one. */
  isFederalCity: boolean;
  /** Subject code: the first digits of INNs and of passport division codes. */
  subjectCode: string;
  /** OKATO code: the first two digits of a passport series issued there. */
  okato: string;
  /** First three digits of the city's postcodes. */
  postcodePrefixes: readonly string[];
  /** Landline area codes of the city, without the trunk prefix. */
  areaCodes: readonly string[];
}

// name | dative | city | city genitive | subject code | OKATO | postcode prefixes | area codes
const TABLE = `
г. Москва | г. Москве | Москва | Москвы | 77 | 45 | 101 109 115 117 119 125 129 | 495 499
г. Санкт-Петербург | г. Санкт-Петербургу | Санкт-Петербург | Санкт-Петербурга | 78 | 40 | 190 191 194 196 197 198 | 812
Московская обл. | Московской области | Красногорск | Красногорска | 50 | 46 | 143 | 498
Новосибирская обл. | Новосибирской области | Новосибирск | Новосибирска | 54 | 50 | 630 | 383
Свердловская обл. | Свердловской области | Екатеринбург | Екатеринбурга | 66 | 65 | 620 | 343
Респ. Татарстан | Республике Татарстан | Казань | Казани | 16 | 92 | 420 | 843
Нижегородская обл. | Нижегородской области | Нижний Новгород | Нижнего Новгорода | 52 | 22 | 603 | 831
Челябинская обл. | Челябинской области | Челябинск | Челябинска | 74 | 75 | 454 | 351
Самарская обл. | Самарской области | Самара | Самары | 63 | 36 | 443 | 846
Омская обл. | Омской области | Омск | Омска | 55 | 52 | 644 | 3812
Ростовская обл. | Ростовской области | Ростов-на-Дону | Ростова-на-Дону | 61 | 60 | 344 | 863
Респ. Башкортостан | Республике Башкортостан | Уфа | Уфы | 02 | 80 | 450 | 347
Красноярский край | Красноярскому краю | Красноярск | Красноярска | 24 | 04 | 660 | 391
Пермский край | Пермскому краю | Пермь | Перми | 59 | 57 | 614 | 342
Воронежская обл. | Воронежской области | Воронеж | Воронежа | 36 | 20 | 394 | 473
Волгоградская обл. | Волгоградской области | Волгоград | Волгограда | 34 | 18 | 400 | 8442
Краснодарский край | Краснодарскому краю | Краснодар | Краснодара | 23 | 03 | 350 | 861
Саратовская обл. | Саратовской области | Саратов | Саратова | 64 | 63 | 410 | 8452
Тюменская обл. | Тюменской области | Тюмень | Тюмени | 72 | 71 | 625 | 3452
Иркутская обл. | Иркутской области | Иркутск | Иркутска | 38 | 25 | 664 | 3952
Хабаровский край | Хабаровскому краю | Хабаровск | Хабаровска | 27 | 08 | 680 | 4212
Калининградская обл. | Калининградской области | Калининград | Калининграда | 39 | 27 | 236 | 4012
`;

/** Reads one row of the table. */
function parseRow(row: string): Region {
  const cells = row.split('|').map((cell) => cell.trim());
  const [name = '', dative = '', city = '', cityGenitive = '', subjectCode = '', okato = ''] =
    cells;
  return {
    name,
    dative,
    city,
    cityGenitive,
    isFederalCity: name.startsWith('г. '),
    subjectCode,
    okato,
    postcodePrefixes: (cells[6] ?? '').split(' '),
    areaCodes: (cells[7] ?? '').split(' '),
  };
}

/** Twenty-two real regions, each with its main city, postcodes, area codes and codes. */
export const REGIONS: readonly Region[] = TABLE.trim().split('\n').map(parseRow);
