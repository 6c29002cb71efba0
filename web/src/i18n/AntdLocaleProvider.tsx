import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from './languages';

/** antd locale follows the i18next language. */
export function AntdLocaleProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const locale = toLanguage(i18n.resolvedLanguage ?? i18n.language) === 'en' ? enUS : zhCN;
  return (
    // No auto space between two CJK characters in buttons ("登录", not "登 录").
    <ConfigProvider locale={locale} button={{ autoInsertSpace: false }}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}
