import { describe, expect, it } from 'vitest';
import { composeAlert, findNewAnnouncements } from '../../../src/core/compose/compose-alert.js';
import { aLedger, aMention, anArticleRef, anEntry, anEvent, aTally, aTracker, postText } from './builders.js';

describe('composeAlert', () => {
  const first = anEvent({ count: 100, date: '2020-04-07' });
  const second = anEvent({
    count: 100,
    date: '2020-04-08',
    sources: [anArticleRef({ feed: 'hill-times', id: 'ht-9' })],
  });

  it('reports the new release with its sources, the new total against the target and progress', () => {
    const post = composeAlert(aTracker(), aLedger(), aTally({ events: [first] }), aTally({ events: [first, second] }));
    const shown = postText(post);

    expect(post.kind).toBe('alert');
    expect(post.title).toBe('+100 Rebel prisoners freed by the government');
    expect(shown).toContain('+100 on 2020-04-08 — hill-times<https://hill-times.example/ht-9>');
    expect(shown).not.toContain('2020-04-07');
    expect(shown).toContain('Total freed: 200 of 5,000 (4%)');
    expect(post.blocks).toContainEqual({ type: 'progress', value: 200, target: 5000 });
  });

  it('treats a ledger seen for the first time as changed from zero', () => {
    const post = composeAlert(aTracker(), aLedger(), null, aTally({ events: [first] }));
    expect(post.title).toBe('+100 Rebel prisoners freed by the government');
  });

  it('shows announcements as announced and never adds them to the total', () => {
    const announced = [{ count: 200, qualifier: 'exact' as const, eventDate: '2020-04-10', source: anArticleRef() }];
    const post = composeAlert(
      aTracker(),
      aLedger(),
      aTally({ events: [first] }),
      aTally({ events: [first] }),
      announced,
    );
    const shown = postText(post);

    expect(post.title).toBe('Rebel prisoners freed by the government: release announced');
    expect(shown).toContain('Announced (not counted yet): 200 on 2020-04-10');
    expect(shown).toContain('Total freed: 100 of 5,000');
  });

  it('finds new announcements in the tally log, leaving out ones already seen or since carried out', () => {
    const seen = anEntry({ role: 'not-counted', mention: aMention({ kind: 'announcement', start: 5 }), delta: 0 });
    const fresh = anEntry({
      role: 'not-counted',
      mention: aMention({ kind: 'announcement', count: 300, start: 50 }),
      delta: 0,
    });
    const done = anEntry({ role: 'superseded', mention: aMention({ kind: 'announcement', start: 90 }), delta: 0 });
    const pledge = anEntry({ role: 'not-counted', mention: aMention({ kind: 'pledge', start: 120 }), delta: 0 });

    const found = findNewAnnouncements(aTally({ log: [seen] }), aTally({ log: [seen, fresh, done, pledge] }));

    expect(found).toEqual([{ count: 300, qualifier: 'exact', eventDate: '2020-04-08', source: fresh.article }]);
  });

  it('says the total was revised when an official figure corrects it without a new release', () => {
    const corrected = anEvent({ kind: 'checkpoint', count: 180, delta: -20, date: '2020-04-09' });
    const before = aTally({ events: [first, second] });
    const after = aTally({ events: [first, second, corrected] });
    const shown = postText(composeAlert(aTracker(), aLedger(), before, after));
    expect(shown).toContain('−20 on 2020-04-09 (official total 180)');
    expect(shown).toContain('Total freed: 180');
  });
});
