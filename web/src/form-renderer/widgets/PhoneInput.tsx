import { connect, mapProps, mapReadPretty } from '@formily/react';
import { PreviewText } from '@formily/antd-v5';
import { parsePhone } from '../shared';
import { Input, type InputProps } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props extends Omit<InputProps, 'onChange'> {
  value?: string;
  onChange?: (value: string) => void;
}

/** A mainland mobile or landline number; says which kind it recognised so a typo shows early. */
export function PhoneInputBase({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const parsed = value ? parsePhone(value) : undefined;
  const hint = parsed ? t(`forms.widgets.phone.${parsed.kind}`) : undefined;
  return <Input inputMode="tel" maxLength={20} placeholder={t('forms.widgets.phone.placeholder')} value={value} onChange={(e) => onChange?.(e.target.value)} suffix={hint ?? <span />} {...rest} />;
}

export const PhoneInput = connect(PhoneInputBase, mapProps({ readOnly: 'readOnly' }), mapReadPretty(PreviewText.Input));
