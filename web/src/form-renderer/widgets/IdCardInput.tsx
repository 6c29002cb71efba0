import { connect, mapReadPretty } from '@formily/react';
import { PreviewText } from '@formily/antd-v5';
import { parseIdCard } from '../shared';
import { Input, Typography, type InputProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props extends Omit<InputProps, 'onChange'> {
  value?: string;
  onChange?: (value: string) => void;
}

/**
 * An 18-digit resident ID (GB 11643). The check digit is verified as typed and the birth date and
 * gender it encodes are shown, so the agent can compare them with what the caller says.
 */
export function IdCardInputBase({ value, onChange, ...rest }: Props) {
  const { t } = useTranslation();
  const parsed = value && value.length >= 18 ? parseIdCard(value) : undefined;
  let note: ReactNode = null;
  if (parsed && 'problem' in parsed) note = <Typography.Text type="danger">{t(`forms.widgets.idCard.${parsed.problem}`)}</Typography.Text>;
  else if (parsed) note = <Typography.Text type="secondary" data-testid="id-card-derived">{t('forms.widgets.idCard.derived', { birthDate: parsed.birthDate, gender: t(`forms.widgets.idCard.gender.${parsed.gender}`) })}</Typography.Text>;
  return (
    <div>
      <Input maxLength={18} value={value} onChange={(e) => onChange?.(e.target.value.toUpperCase())} {...rest} />
      {note}
    </div>
  );
}

export const IdCardInput = connect(IdCardInputBase, mapReadPretty(PreviewText.Input));
