import { isHttpsUrl } from '../../lib/core/url';

describe('isHttpsUrl', () => {
  it('accepts absolute https URLs with a host', () => {
    expect(isHttpsUrl('https://login.example.de/realms/kom')).toBe(true);
    expect(isHttpsUrl('https://10.0.0.1:8443')).toBe(true);
  });

  it.each(['http://login.example.de', 'https://', 'login.example.de', 'file:///etc/passwd', '', 'https//x'])('fails when the URL is %j', (url) => {
    expect(isHttpsUrl(url)).toBe(false);
  });
});
