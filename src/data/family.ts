import type { Faker } from '@faker-js/faker';

/** The `family_status` values of the spec. */
export type FamilyStatus = 'single' | 'married' | 'civil_marriage' | 'divorced' | 'widowed';

/** The `children` values of the spec. */
export type Children = '0' | '1' | '2' | '3+';

/** Marital status and number of children. */
export interface Family {
  status: FamilyStatus;
  children: Children;
}

/** A family that fits the age: the young are mostly single, widowhood comes later. */
export function generateFamily(faker: Faker, age: number): Family {
  const status = faker.helpers.weightedArrayElement<FamilyStatus>([
    { weight: age < 30 ? 45 : 15, value: 'single' },
    { weight: 45, value: 'married' },
    { weight: 15, value: 'civil_marriage' },
    { weight: age < 30 ? 3 : 15, value: 'divorced' },
    { weight: age < 45 ? 1 : 8, value: 'widowed' },
  ]);
  const hasFamily = status !== 'single';
  const children = faker.helpers.weightedArrayElement<Children>([
    { weight: hasFamily ? 25 : 70, value: '0' },
    { weight: 35, value: '1' },
    { weight: hasFamily ? 30 : 8, value: '2' },
    { weight: hasFamily ? 10 : 2, value: '3+' },
  ]);
  return { status, children };
}
