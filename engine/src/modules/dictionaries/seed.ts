/**
 * The dictionaries CareFlow ships, with zh-CN labels first. Codes are stable identifiers used by
 * processes and stored in records; labels can be edited by admins later.
 */
type Seed = { key: string; name: string; nameEn: string; options: [code: string, label: string, labelEn: string][] };

export const SEED_DICTIONARIES: Seed[] = [
  {
    key: 'alarm_type',
    name: '报警类型',
    nameEn: 'Alarm types',
    options: [
      ['sos_button', '一键呼救', 'SOS button'],
      ['fall', '跌倒', 'Fall detected'],
      ['smoke', '烟感报警', 'Smoke'],
      ['gas', '燃气泄漏', 'Gas leak'],
      ['inactivity', '长时间无活动', 'No activity'],
      ['geofence', '走失越界', 'Left the safe area'],
      ['low_battery', '设备低电量', 'Low battery'],
    ],
  },
  {
    key: 'complaint_category',
    name: '投诉类别',
    nameEn: 'Complaint categories',
    options: [
      ['service_quality', '服务质量', 'Service quality'],
      ['service_attitude', '服务态度', 'Attitude'],
      ['timeliness', '响应不及时', 'Late response'],
      ['charges', '收费问题', 'Charges'],
      ['staff_conduct', '人员行为', 'Staff conduct'],
      ['policy', '政策执行', 'Policy'],
      ['suggestion', '意见建议', 'Suggestion'],
      ['other', '其他', 'Other'],
    ],
  },
  {
    key: 'service_category',
    name: '服务类别',
    nameEn: 'Service categories',
    options: [
      ['emergency', '紧急救助', 'Emergency rescue'],
      ['daily_care', '生活照料', 'Daily care'],
      ['housekeeping', '家政保洁', 'Housekeeping'],
      ['meals', '助餐', 'Meals'],
      ['medical', '助医', 'Medical escort'],
      ['bathing', '助浴', 'Bathing'],
      ['repairs', '维修', 'Repairs'],
      ['companionship', '精神慰藉', 'Companionship'],
      ['legal', '法律援助', 'Legal aid'],
      ['consultation', '政策咨询', 'Policy consultation'],
      ['complaint', '投诉建议', 'Complaints and suggestions'],
      ['care', '主动关怀', 'Proactive care'],
    ],
  },
  {
    key: 'relation_type',
    name: '关系',
    nameEn: 'Relations',
    options: [
      ['son', '儿子', 'Son'],
      ['daughter', '女儿', 'Daughter'],
      ['spouse', '配偶', 'Spouse'],
      ['son_in_law', '女婿', 'Son-in-law'],
      ['daughter_in_law', '儿媳', 'Daughter-in-law'],
      ['grandchild', '孙辈', 'Grandchild'],
      ['sibling', '兄弟姐妹', 'Sibling'],
      ['relative', '其他亲属', 'Other relative'],
      ['neighbor', '邻居', 'Neighbour'],
      ['friend', '朋友', 'Friend'],
      ['other', '其他', 'Other'],
    ],
  },
  {
    key: 'disability_level',
    name: '残疾等级',
    nameEn: 'Disability levels',
    options: [
      ['none', '无', 'None'],
      ['level_1', '一级', 'Level 1'],
      ['level_2', '二级', 'Level 2'],
      ['level_3', '三级', 'Level 3'],
      ['level_4', '四级', 'Level 4'],
    ],
  },
  {
    key: 'self_care',
    name: '自理能力',
    nameEn: 'Self-care ability',
    options: [
      ['independent', '完全自理', 'Independent'],
      ['partly_dependent', '部分自理', 'Partly dependent'],
      ['dependent', '不能自理', 'Dependent'],
    ],
  },
  {
    key: 'living_situation',
    name: '居住情况',
    nameEn: 'Living situation',
    options: [
      ['alone', '独居', 'Lives alone'],
      ['empty_nest', '空巢', 'Empty nest'],
      ['with_family', '与家人同住', 'With family'],
      ['institution', '机构养老', 'In a care home'],
    ],
  },
  {
    key: 'subsidy_category',
    name: '补贴类别',
    nameEn: 'Subsidy categories',
    options: [
      ['free', '无偿（政府全额补贴）', 'Free (fully subsidised)'],
      ['low_pay', '低偿', 'Low-pay'],
      ['paid', '有偿', 'Paid'],
    ],
  },
  {
    key: 'satisfaction',
    name: '满意度',
    nameEn: 'Satisfaction',
    options: [
      ['very_satisfied', '非常满意', 'Very satisfied'],
      ['satisfied', '满意', 'Satisfied'],
      ['neutral', '基本满意', 'Neutral'],
      ['unsatisfied', '不满意', 'Unsatisfied'],
    ],
  },
  {
    key: 'terminal_type',
    name: '终端类型',
    nameEn: 'Terminal types',
    options: [
      ['pendant', '呼叫器（一键通）', 'Alarm pendant'],
      ['elder_phone', '老人手机', 'Elder phone'],
      ['landline', '固定电话', 'Landline'],
      ['care_card', '爱心卡', 'Care card'],
    ],
  },
  {
    key: 'knowledge_category',
    name: '知识分类',
    nameEn: 'Knowledge categories',
    options: [
      ['social_assistance', '社会救助', 'Social assistance'],
      ['elder_care', '养老服务', 'Elder care'],
      ['disability', '残疾人福利', 'Disability welfare'],
      ['children', '儿童福利', 'Child welfare'],
      ['welfare_services', '社会事务', 'Social affairs'],
      ['hotline', '热线服务', 'The hotline'],
    ],
  },
  {
    // Codes are the keys of the departments' user groups: a case handed on goes to that group's inbox.
    key: 'department',
    name: '承办部门',
    nameEn: 'Departments',
    options: [
      ['dept_assistance', '社会救助科', 'Social assistance section'],
      ['dept_elder_care', '养老服务科', 'Elder care section'],
      ['dept_welfare', '儿童福利与残疾人福利科', 'Child and disability welfare section'],
      ['dept_affairs', '社会事务科', 'Social affairs section'],
      ['dept_office', '办公室（热线管理）', 'Bureau office (hotline management)'],
    ],
  },
];
