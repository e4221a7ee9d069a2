import { describe, it, expect } from 'vitest';
import { allowPermissionCheck, allowPermissionRequest } from './permissions';

describe('permissions', () => {
  it('denies every request', () => {
    expect(allowPermissionRequest()).toBe(false);
  });

  it('allows only clipboard writes from our own page', () => {
    expect(allowPermissionCheck('clipboard-sanitized-write', 'app://studio', null)).toBe(true);
    expect(allowPermissionCheck('clipboard-sanitized-write', 'https://evil.example', null)).toBe(false);
    expect(allowPermissionCheck('clipboard-read', 'app://studio', null)).toBe(false);
    expect(allowPermissionCheck('media', 'app://studio', null)).toBe(false);
    expect(allowPermissionCheck('notifications', 'app://studio', null)).toBe(false);
  });

  it('extends clipboard writes to the dev server origin only in development', () => {
    expect(allowPermissionCheck('clipboard-sanitized-write', 'http://localhost:5173', 'http://localhost:5173')).toBe(true);
    expect(allowPermissionCheck('clipboard-sanitized-write', 'http://localhost:5173', null)).toBe(false);
  });
});
