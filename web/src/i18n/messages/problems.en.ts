import type { problemsZhCN } from './problems.zh-CN';

export const problemsEn: Record<keyof typeof problemsZhCN, string> = {
  required: 'Required',
  phone: 'Not a valid mobile or landline number',
  id_card_format: 'An ID card number has 18 characters',
  id_card_birth_date: 'The birth date in the ID card number does not exist',
  id_card_checksum: 'The ID card check digit is wrong',
  id_card_mismatch: 'Does not match the ID card number',
  not_past_date: 'Must be a past date',
  not_in_dictionary: 'Not one of the options',
  unknown_area: 'No such area',
  terminal_needs_id: 'Enter the terminal number or device id',
  not_a_photo: 'Not an uploaded photo',
  password_too_short: 'At least 8 characters',
  password_too_simple: 'Mix at least three of: lower-case letters, upper-case letters, digits, symbols',
  password_has_username: 'Must not contain the user name',
  password_common: 'A common password that is easy to guess; choose another',
  password_wrong: 'The current password is wrong',
  password_unchanged: 'Must differ from the current password',
};
