import { isCalendarDate } from './calendar-date';
import { isCreditCode } from './credit-code';
import { freeTextItems } from './free-text';
import { maskIdCard, parseIdCard } from './id-card';
import { yuan } from './money';
import { maskPhone, parsePhone } from './phone';

describe('phone numbers', () => {
  it.each([
    ['13812345678', { number: '13812345678', kind: 'mobile' }],
    ['+86 138-1234-5678', { number: '13812345678', kind: 'mobile' }],
    ['0531-88886666', { number: '053188886666', kind: 'landline' }],
    ['010 6655 4433', { number: '01066554433', kind: 'landline' }],
    ['0631-5123456', { number: '06315123456', kind: 'landline' }],
    ['12812345678', undefined],
    ['1381234567', undefined],
    ['138123456789', undefined],
    ['0531-888', undefined],
    ['138abc45678', undefined],
    ['', undefined],
  ])('given %s, when parsed, then %j', (raw, expected) => {
    expect(parsePhone(raw)).toEqual(expected);
  });

  it.each([
    ['13812345678', '138****5678'],
    ['053188886666', '0531-****6666'],
    ['01066554433', '010-****4433'],
  ])('given %s, when masked, then %s', (number, masked) => {
    expect(maskPhone(number)).toBe(masked);
  });
});

describe('ID card numbers (GB 11643)', () => {
  it.each([
    ['11010519491231002X', { number: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' }],
    ['110105194912310029'.slice(0, 17) + 'X', { number: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' }],
    ['370102194805061215', { number: '370102194805061215', birthDate: '1948-05-06', gender: 'male' }],
    ['11010519491231002x', { number: '11010519491231002X', birthDate: '1949-12-31', gender: 'female' }],
    ['110105194912310021', { problem: 'checksum' }],
    ['110105194902300021', { problem: 'birth_date' }],
    ['110105210001010021', { problem: 'birth_date' }],
    ['1101051949123100', { problem: 'format' }],
    ['11010519491231002Y', { problem: 'format' }],
  ])('given %s, when parsed, then %j', (raw, expected) => {
    expect(parseIdCard(raw, new Date('2026-11-22'))).toEqual(expected);
  });

  it('given a number, when masked, then the region and the last four stay', () => {
    expect(maskIdCard('370102194805061215')).toBe('370102********1215');
  });
});

describe('unified social credit codes (GB 32100)', () => {
  it.each([
    ['91350100M000100Y43', true],
    ['91110108MA01ABCD1X', false],
    ['91350100M000100Y44', false],
    ['9135010OM000100Y43', false],
    ['91350100M000100Y4', false],
  ])('given %s, when checked, then %s', (code, ok) => {
    expect(isCreditCode(code)).toBe(ok);
  });
});

describe('free-text lists (allergies, medications)', () => {
  it.each([
    ['青霉素，磺胺类; 花粉', ['青霉素', '磺胺类', '花粉']],
    ['阿司匹林、硝苯地平\n二甲双胍', ['阿司匹林', '硝苯地平', '二甲双胍']],
    [' 青霉素 ,, ；', ['青霉素']],
    ['', []],
    [null, []],
  ])('given %j, when read as a list, then %j', (text, items) => {
    expect(freeTextItems(text)).toEqual(items);
  });
});

describe('calendar dates', () => {
  it.each([
    ['2026-02-28', true],
    ['2024-02-29', true],
    ['2026-02-30', false],
    ['2026-2-1', false],
    ['2026-13-01', false],
    ['昨天', false],
  ])('given %s, when checked, then it is a calendar date: %s', (text, expected) => {
    expect(isCalendarDate(text)).toBe(expected);
  });
});

describe('money', () => {
  it.each([
    [0, '¥0.00'],
    [5, '¥0.05'],
    [4000, '¥40.00'],
    [123456, '¥1234.56'],
    [-250, '¥-2.50'],
  ])('given %i fen, when shown, then it reads %s', (fen, text) => {
    expect(yuan(fen)).toBe(text);
  });
});
