import { describe, expect, it } from 'vitest';
import { safeRedirect } from '../app/lib/safe-redirect.ts';

describe('safeRedirect', () => {
  it('keeps paths on this site', () => {
    expect(safeRedirect('/search?q=%D8%B9%D8%B3%D9%84')).toBe('/search?q=%D8%B9%D8%B3%D9%84');
    expect(safeRedirect('/')).toBe('/');
  });

  it.each([
    ['https://evil.example/'],
    ['//evil.example'],
    ['/\\evil.example'],
    ['/\t/evil.example'],
    ['javascript:alert(1)'],
    ['search'],
    [''],
    [null],
    [undefined],
  ])('sends %j to the fallback', (target) => {
    expect(safeRedirect(target)).toBe('/');
    expect(safeRedirect(target, '/login')).toBe('/login');
  });
});
