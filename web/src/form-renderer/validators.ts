import { registerValidateFormats, registerValidateLocale, setValidateLanguage } from '@formily/core';

/**
 * The server's named validators (forms/src/validate.ts) as formily formats, so a field is flagged
 * while typing. Formats are regular expressions, so punctuation is allowed loosely here; the exact
 * check (parsePhone, the ID check digit) runs again before submit with validateFormValues.
 */
registerValidateFormats({
  mobile: /^\s*(\+86|0086)?[\s-]*1[3-9](\d[\s-]*){8}\d\s*$/,
  landline: /^\s*[(（]?0\d{2,3}[)）]?[\s-]*\d{3,4}[\s-]*\d{4}\s*$/,
  phone: /^\s*((\+86|0086)?[\s-]*1[3-9](\d[\s-]*){8}\d|[(（]?0\d{2,3}[)）]?[\s-]*\d{3,4}[\s-]*\d{4})\s*$/,
  idCard: /^\s*\d{17}[\dXx]\s*$/,
});

registerValidateLocale({
  // Formily's own length messages hedge between text and lists ("长度或条目数"): a text field counts characters, a list counts items.
  'zh-CN': {
    mobile: '请输入正确的手机号码', landline: '请输入正确的固定电话号码', phone: '请输入正确的电话号码', idCard: '请输入正确的身份证号码',
    len: '应为 {{len}} 个字', minLength: '至少 {{minLength}} 个字', maxLength: '不能超过 {{maxLength}} 个字', min: '不能少于 {{min}}', max: '不能超过 {{max}}',
    minItems: '至少选择 {{minItems}} 项', maxItems: '最多选择 {{maxItems}} 项', pattern: '格式不正确', required: '必填', whitespace: '不能只填空格',
  },
  en: {
    mobile: 'Not a valid mobile number', landline: 'Not a valid landline number', phone: 'Not a valid phone number', idCard: 'Not a valid ID card number',
    len: 'Must be {{len}} characters', minLength: 'At least {{minLength}} characters', maxLength: 'At most {{maxLength}} characters', min: 'At least {{min}}', max: 'At most {{max}}',
    minItems: 'Choose at least {{minItems}}', maxItems: 'Choose at most {{maxItems}}', pattern: 'Not in the expected format', required: 'Required', whitespace: 'Must not be blank',
  },
});

/** Formily's own messages follow the UI language. */
export function setFormLanguage(language: string): void {
  setValidateLanguage(language === 'en' ? 'en' : 'zh-CN');
}
