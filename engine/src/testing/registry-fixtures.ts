/** Jinan › Lixia › Wenhua Road street › two communities, as a bureau would enter them. */
export const JINAN_AREAS = [
  { code: '3701', name: '济南市', level: 'city', parentCode: null },
  { code: '370102', name: '历下区', level: 'district', parentCode: '3701' },
  { code: '370102001', name: '文化东路街道', level: 'street', parentCode: '370102' },
  { code: '370102001001', name: '山大社区', level: 'community', parentCode: '370102001' },
  { code: '370102001002', name: '燕子山社区', level: 'community', parentCode: '370102001' },
  { code: '370103', name: '市中区', level: 'district', parentCode: '3701' },
];
