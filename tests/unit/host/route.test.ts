import { describe, expect, it } from 'vitest';
import { routeRequest } from '../../../main/host/route';

describe('routeRequest', () => {
  it('routes calls, events and static files', () => {
    expect(routeRequest('POST', '/api/call/case.open')).toEqual({
      kind: 'call',
      name: 'case.open',
    });
    expect(routeRequest('GET', '/api/events')).toEqual({ kind: 'events' });
    expect(routeRequest('POST', '/api/upload')).toEqual({ kind: 'upload' });
    expect(routeRequest('GET', '/assets/x.js')).toEqual({ kind: 'static' });
    expect(routeRequest('HEAD', '/')).toEqual({ kind: 'static' });
  });

  it('refuses wrong methods and odd call names', () => {
    expect(routeRequest('GET', '/api/call/app.info').kind).toBe('method_not_allowed');
    expect(routeRequest('POST', '/api/events').kind).toBe('method_not_allowed');
    expect(routeRequest('GET', '/api/upload').kind).toBe('method_not_allowed');
    expect(routeRequest('POST', '/api/upload/x').kind).toBe('not_found');
    expect(routeRequest('POST', '/').kind).toBe('method_not_allowed');
    expect(routeRequest('POST', '/api/call/').kind).toBe('not_found');
    expect(routeRequest('POST', '/api/call/a/b').kind).toBe('not_found');
    expect(routeRequest('POST', '/api/call/%E0').kind).toBe('not_found');
    expect(routeRequest('GET', '/api/other').kind).toBe('not_found');
  });
});
