import { GlobalOutlined } from '@ant-design/icons';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n';
import { LANGUAGES, toLanguage, type Language } from '../i18n/languages';

const LABEL_KEYS = { 'zh-CN': 'language.zhCN', en: 'language.en' } as const satisfies Record<Language, string>;

/** Header language switch (zh-CN / English). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Select<Language>
      aria-label={t('header.language')}
      size="small"
      variant="borderless"
      prefix={<GlobalOutlined />}
      value={toLanguage(i18n.resolvedLanguage ?? i18n.language)}
      onChange={(lng) => void changeLanguage(lng)}
      options={LANGUAGES.map((lng) => ({ value: lng, label: t(LABEL_KEYS[lng]) }))}
      popupMatchSelectWidth={false}
    />
  );
}
