import { describe, expect, it } from 'vitest';
import { fieldForParameter, normaliseHandle, sentenceFromRule, validateRemoval } from '@/lib/removalValidation';

const valid = { instagramHandle: '@ink.by.ann', artistId: '', email: 'ann@example.org', reason: '' };

describe('handle normalisation (mirrors the server)', () => {
  it.each([
    ['@Ink.By.Ann', 'ink.by.ann'],
    ['ink_by_ann', 'ink_by_ann'],
    ['https://www.instagram.com/ink.by.ann/', 'ink.by.ann'],
    ['instagram.com/ink.by.ann?igshid=abc', 'ink.by.ann'],
    ['http://instagr.am/Ink.By.Ann', 'ink.by.ann'],
  ])('%s -> %s', (input, handle) => expect(normaliseHandle(input)).toBe(handle));

  it.each(['', 'has space', '.leading', 'trailing.', 'two..dots', 'a'.repeat(31), 'https://www.instagram.com/p/abc/',
    'https://www.instagram.com/explore/', 'https://example.org/ink.by.ann', 'https://www.instagram.com/a/b/'])(
    'refuses %s', (input) => expect(normaliseHandle(input)).toBeNull());
});

describe('removal form validation', () => {
  it('accepts a handle and an email', () => expect(validateRemoval(valid)).toEqual({}));

  it('accepts an artist id instead of a handle', () =>
    expect(validateRemoval({ ...valid, instagramHandle: '', artistId: 'a5c0ffee00000000' })).toEqual({}));

  it('needs a handle or an artist id, and an email', () => {
    const errors = validateRemoval({ instagramHandle: '', artistId: '', email: '', reason: '' });
    expect(Object.keys(errors).sort()).toEqual(['email', 'instagramHandle']);
  });

  it.each(['no-at.example.org', 'two@@example.org', 'a@nodot', 'sp ace@example.org', 'a@example.'])(
    'refuses the email %s', (email) => expect(validateRemoval({ ...valid, email }).email).toMatch(/like name@example.org/));

  it('enforces the server lengths', () => {
    expect(validateRemoval({ ...valid, reason: 'x'.repeat(2001) }).reason).toMatch(/2000/);
    expect(validateRemoval({ ...valid, email: `${'a'.repeat(250)}@x.org` }).email).toMatch(/254/);
    expect(validateRemoval({ ...valid, instagramHandle: 'h'.repeat(201) }).instagramHandle).toMatch(/200/);
  });
});

describe('server problem mapping', () => {
  it('maps parameters to fields', () => {
    expect(fieldForParameter('artistId')).toBe('instagramHandle');
    expect(fieldForParameter('email')).toBe('email');
    expect(fieldForParameter('body')).toBeNull();
    expect(fieldForParameter(undefined)).toBeNull();
  });
  it('turns a rule into a sentence', () => {
    expect(sentenceFromRule('must be an email address like name@example.org', 'x')).toBe('Must be an email address like name@example.org.');
    expect(sentenceFromRule(undefined, 'Fallback.')).toBe('Fallback.');
  });
});
