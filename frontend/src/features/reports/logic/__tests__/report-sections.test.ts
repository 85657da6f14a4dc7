import { describe, expect, it } from 'vitest';
import { changedSections, toSectionsForm } from '../report-sections';

describe('report sections', () => {
  it('shows every section as text, a missing one empty', () => {
    expect(toSectionsForm({ results: 'Đạt', causes: null })).toEqual({
      documentNumber: '',
      place: '',
      results: 'Đạt',
      shortcomings: '',
      causes: '',
      lessons: '',
      directions: '',
    });
  });

  it('sends only the sections changed, an emptied one as empty text, and nothing when none changed', () => {
    const before = { results: 'Đạt', lessons: 'Chuẩn bị sớm', place: 'Bình Lư' };
    const form = { ...toSectionsForm(before), lessons: '', directions: 'Duy trì' };
    expect(changedSections(before, form)).toEqual({ lessons: '', directions: 'Duy trì' });
    expect(changedSections(before, toSectionsForm(before))).toBeUndefined();
  });
});
