/** Server field problems by their code (details[].code), so the page speaks zh-CN where the API speaks English. */
export const problemsZhCN = {
  required: '必填',
  phone: '不是有效的手机号或固定电话',
  id_card_format: '身份证号应为 18 位',
  id_card_birth_date: '身份证号中的出生日期不存在',
  id_card_checksum: '身份证号校验位不正确',
  id_card_mismatch: '与身份证号不一致',
  not_past_date: '应为过去的日期',
  not_in_dictionary: '不是字典中的选项',
  unknown_area: '区域不存在',
  terminal_needs_id: '请填写终端号码或设备编号',
  not_a_photo: '不是已上传的照片',
  password_too_short: '密码至少 8 个字符',
  password_too_simple: '密码须包含小写字母、大写字母、数字、符号中的至少三类',
  password_has_username: '密码不能包含用户名',
  password_common: '这是常见密码，容易被猜中，请换一个',
  password_wrong: '当前密码不正确',
};
