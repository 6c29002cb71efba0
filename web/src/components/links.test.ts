import { httpHref } from './links';

describe('links to stored URLs', () => {
  it.each([
    ['javascript:alert(document.cookie)'],
    [' JavaScript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['//evil.example/x'],
    ['not a url'],
    [''],
  ])('given %j, when made a link, then there is none', (url) => {
    expect(httpHref(url)).toBeNull();
  });

  it('given a value that is not a string, when made a link, then there is none', () => {
    expect(httpHref(undefined)).toBeNull();
    expect(httpHref({ href: 'https://rec.example' })).toBeNull();
  });

  it.each([
    ['https://rec.example/ivr-1.wav', 'https://rec.example/ivr-1.wav'],
    ['http://10.1.2.3:8080/rec?id=1', 'http://10.1.2.3:8080/rec?id=1'],
  ])('given the http(s) URL %s, when made a link, then it links there', (url, href) => {
    expect(httpHref(url)).toBe(href);
  });
});
