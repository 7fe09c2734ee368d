import type { Article, Ledger } from '../../../src/core/types.js';

/** An article we write ourselves; published on a Thursday (2024-03-14) at noon UTC unless told otherwise. */
export function anArticle(overrides: Partial<Article> & { body: string }): Article {
  return {
    id: 'test-article',
    feed: 'test-wire',
    published: '2024-03-14T12:00:00Z',
    title: '',
    link: 'https://test-wire.example/1',
    ...overrides,
  };
}

/** A two-sided hostage/prisoner swap between a fictional state and an armed group. */
export const SWAP_LEDGERS: Ledger[] = [
  {
    id: 'state-frees-militants',
    title: 'Front fighters freed by Varonia',
    releaser: ['Varonia', 'Varonian government', 'government', 'Varonian authorities'],
    released: ['Front prisoners', 'Front fighters', 'Front members', 'militant prisoners'],
    target: 3000,
  },
  {
    id: 'front-frees-hostages',
    title: 'Hostages freed by the Liberation Front',
    releaser: ['Liberation Front', 'the Front', 'militants'],
    released: ['hostages', 'government soldiers', 'Varonian soldiers', 'captives'],
    target: 600,
  },
];

/** One ledger: a head of state's pardons of political prisoners. */
export const PARDON_LEDGER: Ledger[] = [
  {
    id: 'pardons',
    title: 'Political prisoners pardoned by President Ostrava',
    releaser: ['President Ostrava', 'Ostrava', 'the presidency'],
    released: ['political prisoners', 'prisoners', 'activists'],
    target: null,
  },
];

/** One ledger: prisoners of war returned in an exchange. */
export const POW_LEDGER: Ledger[] = [
  {
    id: 'pow-returns',
    title: 'Prisoners of war returned',
    releaser: ['Kestrel Republic', 'Kestrel'],
    released: ['prisoners of war', 'POWs', 'servicemen'],
    target: 1200,
  },
];

/** Two ledgers of one releaser, told apart by the people freed: fishermen, and civilian prisoners other than fishermen. */
export const FISHERS_AND_CIVILIANS: Ledger[] = [
  {
    id: 'fishermen',
    title: 'Oskan fishermen freed by Varonia in 2024',
    releaser: ['Varonia', 'Varonian authorities'],
    released: ['Oskan fishermen', 'fishermen'],
    target: 500,
  },
  {
    id: 'civilians',
    title: 'Oskan civilian prisoners (other than fishermen) freed by Varonia in 2024',
    releaser: ['Varonia', 'Varonian authorities'],
    released: ['Oskan civilian prisoners', 'civilian prisoners'],
    target: null,
  },
];

/** Two ledgers whose freed people are all named by one nationality (Bangladeshi), freed by India. */
export const BANGLADESHIS_BY_INDIA: Ledger[] = [
  {
    id: 'fishermen',
    title: 'Bangladeshi fishermen freed by India in 2024',
    releaser: ['India', 'Indian authorities'],
    released: ['Bangladeshi fishermen', 'fishermen'],
    target: null,
  },
  {
    id: 'civilians',
    title: 'Bangladeshi civilian prisoners freed by India in 2024',
    releaser: ['India', 'Indian authorities'],
    released: ['Bangladeshi civilian prisoners', 'civilian prisoners'],
    target: null,
  },
];

/** A rebel group's own releases, and the army's rescues of the same hostages (ADR 0010). */
export const REBELS_AND_RESCUERS: Ledger[] = [
  {
    id: 'front-frees',
    title: 'Hostages freed by the Front in its handovers of 2024',
    releaser: ['Front', 'the Front', 'rebels', 'guerrillas'],
    released: ['hostages', 'captives'],
    target: null,
  },
  {
    id: 'army-rescues',
    title: 'Front hostages rescued by the Varonian army in 2024',
    releaser: ['Varonian army', 'army', 'security forces'],
    released: ['hostages', 'captives', 'soldiers'],
    target: null,
  },
];

/** Two states swapping each other's nationals, each named with its capital (Vale is Kestrel's, Dunmore Ostria's). */
export const NATION_SWAP: Ledger[] = [
  {
    id: 'kestrel-frees-ostrians',
    title: 'Ostrian prisoners returned by Kestrel',
    releaser: ['Kestrel', 'Kestrel side', 'Vale'],
    released: ['Ostrians', 'Ostrian prisoners', 'prisoners of war'],
    target: null,
  },
  {
    id: 'ostria-frees-kestrelis',
    title: 'Kestreli prisoners returned by Ostria',
    releaser: ['Ostria', 'Ostrian side', 'Dunmore'],
    released: ['Kestrelis', 'Kestreli prisoners', 'captives'],
    target: null,
  },
];

/** One rescuer, two ledgers told apart by the people freed: local workers and foreigners. */
export const LOCALS_AND_FOREIGNERS: Ledger[] = [
  {
    id: 'locals',
    title: 'Oskan workers freed by the army',
    releaser: ['army', 'troops'],
    released: ['Oskan workers', 'Oskans'],
    target: null,
  },
  {
    id: 'foreigners',
    title: 'Foreign workers freed by the army',
    releaser: ['army', 'troops'],
    released: ['foreigners', 'foreign workers'],
    target: null,
  },
];

/** One school's pupils, the ledger's title naming the town. */
export const SCHOOL_LEDGER: Ledger[] = [
  {
    id: 'dunmore-pupils',
    title: 'Pupils of the Girls School, Dunmore (Kessa State), abducted in March 2024 and freed by their abductors',
    releaser: ['abductors', 'kidnappers', 'gunmen'],
    released: ['schoolgirls', 'girls', 'pupils', 'Dunmore girls'],
    target: null,
  },
];
