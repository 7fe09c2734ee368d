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
