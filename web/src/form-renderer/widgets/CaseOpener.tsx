import { connect, mapProps, mapReadPretty } from '@formily/react';
import { Button, Checkbox, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useFormCase } from '../CaseContext';

interface Option {
  label: string;
  value: string;
}

interface Props {
  value?: string[];
  onChange?: (value: string[]) => void;
  options?: Option[];
  disabled?: boolean;
}

/**
 * 需开办的工单: the needs an agent hears, each a service type (the option's value is its key). On a
 * task of a case with an elder, each need ticked gets 一键开办: the new request's form for that type
 * with the elder filled in (the task page opens it); once opened, its number links to it.
 */
function CaseOpenerBase({ value = [], onChange, options = [], disabled }: Props) {
  const { t } = useTranslation();
  const formCase = useFormCase();
  const canOpen = !disabled && !!formCase?.editable && !!formCase.openRelated;
  const toggle = (key: string, on: boolean) => onChange?.(on ? [...value, key] : value.filter((v) => v !== key));
  return (
    <Flex vertical gap={6} data-testid="case-opener">
      {options.map((option) => {
        const ticked = value.includes(option.value);
        const opened = formCase?.relatedCases?.[option.value];
        return (
          <Flex key={option.value} align="center" gap={8} wrap="wrap">
            <Checkbox checked={ticked} disabled={disabled} onChange={(e) => toggle(option.value, e.target.checked)}>
              {option.label}
            </Checkbox>
            {opened && (
              <Link to={`/cases/${opened.id}`} data-testid={`related-case-${option.value}`}>
                <Tag color="green">{t('forms.caseOpener.opened', { number: opened.caseNumber })}</Tag>
              </Link>
            )}
            {ticked && !opened && canOpen && (
              <Button size="small" type="primary" ghost onClick={() => formCase.openRelated!(option.value)} data-testid={`open-related-${option.value}`}>
                {t('forms.caseOpener.open')}
              </Button>
            )}
          </Flex>
        );
      })}
      {options.length === 0 && <Typography.Text type="secondary">{t('forms.caseOpener.none')}</Typography.Text>}
    </Flex>
  );
}

export const CaseOpener = connect(CaseOpenerBase, mapProps({ dataSource: 'options' }), mapReadPretty((props: Props) => <CaseOpenerBase {...props} disabled />));
