import { defaultPolicy } from '@/test/meetings-fake';
import { en } from '@/lib/i18n/en';
import { vi } from '@/lib/i18n/vi';
import { differences, enumLabel, fieldLabel, newRuleSet, POLICY_FIELDS, POLICY_LISTS, valueAt } from '../policy-fields';

describe('the rules of a policy profile as the screen shows and edits them', () => {
  it('names every rule and every choice in Vietnamese and English', () => {
    const keys = [
      ...POLICY_FIELDS.map((f) => fieldLabel(f.path)),
      ...POLICY_LISTS.map((l) => fieldLabel(l)),
      ...POLICY_FIELDS.flatMap((f) => (f.kind.type === 'enum' ? f.kind.options.map(enumLabel) : [])),
    ];
    expect(keys.filter((k) => !(k in vi))).toEqual([]);
    expect(keys.filter((k) => !(k in en))).toEqual([]);
  });

  it('reads every rule it lists from a real rule set (no path points nowhere)', () => {
    expect(POLICY_FIELDS.filter((f) => valueAt(defaultPolicy, f.path) === undefined).map((f) => f.path)).toEqual([]);
  });

  it('finds the rules that differ, nested ones and lists included', () => {
    const later = {
      ...defaultPolicy,
      documentLeadDays: 3,
      annualTargets: { ...defaultPolicy.annualTargets, orgExcellentPercent: 25 },
      orientationAgendaItems: ['NEWS', 'HCM_STUDY'] as typeof defaultPolicy.orientationAgendaItems,
    };
    expect(differences(defaultPolicy, later)).toEqual([
      'documentLeadDays',
      'annualTargets.orgExcellentPercent',
      'orientationAgendaItems',
    ]);
    expect(differences(defaultPolicy, { ...defaultPolicy })).toEqual([]);
  });

  it('makes a new rule set from the one in force: edits applied, the rest carried over, the issuer set', () => {
    const body = newRuleSet(
      { ...defaultPolicy, id: 'p-1', legalBasis: 'Hướng dẫn 12-HD/BTCTW' },
      { documentLeadDays: 5, 'annualTargets.orgExcellentPercent': 30, excellentQuotaEnabled: true },
      { issuerOrganizationId: 'org-1', validFrom: '2027-01-01', validTo: null, legalBasis: 'Hướng dẫn 42-HD/BTCTW' },
    );
    expect(body).toMatchObject({
      issuerOrganizationId: 'org-1',
      validFrom: '2027-01-01',
      legalBasis: 'Hướng dẫn 42-HD/BTCTW',
      documentLeadDays: 5,
      excellentQuotaEnabled: true,
      minDurationMinutes: defaultPolicy.minDurationMinutes,
      voteRules: defaultPolicy.voteRules,
      annualTargets: { ...defaultPolicy.annualTargets, orgExcellentPercent: 30 },
    });
    expect(body).not.toHaveProperty('id');
    expect(body).not.toHaveProperty('label');
    expect(body).not.toHaveProperty('issuerName');
    // the rule set in force is not changed by editing the copy
    expect(defaultPolicy.annualTargets.orgExcellentPercent).toBe(20);
  });
});
