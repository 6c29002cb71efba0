/** Jinan › Lixia › Wenhua Road street › two communities, as a bureau would enter them. */
export const JINAN_AREAS = [
  { code: '3701', name: '济南市', level: 'city', parentCode: null },
  { code: '370102', name: '历下区', level: 'district', parentCode: '3701' },
  { code: '370102001', name: '文化东路街道', level: 'street', parentCode: '370102' },
  { code: '370102001001', name: '山大社区', level: 'community', parentCode: '370102001' },
  { code: '370102001002', name: '燕子山社区', level: 'community', parentCode: '370102001' },
  { code: '370103', name: '市中区', level: 'district', parentCode: '3701' },
];

/** An elder file as an agent enters it: 王秀英, living alone in 山大社区, with a pendant and two children. */
export const WANG_XIUYING = {
  name: '王秀英',
  idCard: '370102194001010025',
  phones: [{ number: '0531-88001234', label: '家里座机' }],
  address: '历下区山大南路 27 号 3 单元 602',
  areaCode: '370102001001',
  livingSituation: 'alone',
  health: { conditions: ['高血压', '糖尿病'], history: '2019 年脑梗', allergies: '青霉素', medications: '二甲双胍', disabilityLevel: 'none', selfCare: 'partly_dependent' },
  doctor: { name: '李医生', phone: '0531-86001122', place: '山大社区卫生服务站' },
  subsidyCategory: 'free',
  serviceNotes: '六楼无电梯，钥匙在邻居 601 家',
  notes: '子女均在外地',
  relatives: [
    { name: '刘建国', relation: 'son', phones: [{ number: '13905310001' }], livesNearby: false },
    { name: '刘建华', relation: 'daughter', phones: [{ number: '13905310002' }], livesNearby: true },
  ],
  terminals: [{ type: 'pendant', number: null, deviceId: 'PD-0001', buttons: [{ button: 'SOS', meaning: '紧急呼救' }] }],
};

/** 张三丰 in 燕子山社区; his daughter is also 王秀英's emergency contact. */
export const ZHANG_SANFENG = {
  name: '张三丰',
  idCard: '370102194805061215',
  phones: [{ number: '13800531234' }],
  address: '历下区燕子山路 5 号',
  areaCode: '370102001002',
  livingSituation: 'empty_nest',
  relatives: [{ name: '刘建华', relation: 'neighbor', phones: [{ number: '139-0531-0002' }] }],
};
