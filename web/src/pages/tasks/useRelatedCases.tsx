import { App } from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { commentOnCase } from '../../api/cases';
import { startableTypes, type StartableType } from '../../api/desk';
import { useAuth } from '../../auth/useAuth';
import { errorText } from '../../components/errorText';
import { RequestModal } from '../desk/NewRequest';

type Related = Record<string, { id: string; caseNumber: string }>;

/**
 * 一键开办 from a task: the new request's form for a service type with the case's elder filled in.
 * The new case carries the task's case number (sourceCaseNumber), and a comment on the task's case
 * names it, so either case leads to the other.
 */
export function useRelatedCases(task: { caseId: string | null; caseNumber?: string | null; variables: Record<string, unknown> }): {
  openRelated?: (serviceTypeKey: string) => void;
  relatedCases: Related;
  modal: ReactNode;
} {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { user } = useAuth();
  const [opening, setOpening] = useState<StartableType | null>(null);
  const [related, setRelated] = useState<Related>({});
  const elderId = typeof task.variables.elderId === 'string' ? task.variables.elderId : null;
  const elderName = typeof task.variables.elderName === 'string' ? task.variables.elderName : '';
  const zh = (i18n.resolvedLanguage ?? i18n.language) !== 'en';
  const nameOf = (type: StartableType) => (zh ? type.nameZh : type.nameEn);

  const openRelated = useCallback(
    (key: string) => {
      if (!elderId) return void message.warning(t('forms.caseOpener.noElder'));
      startableTypes(user?.roles ?? []).then(
        (types) => {
          const type = types.find((x) => x.key === key);
          if (type) setOpening(type);
          else void message.warning(t('forms.caseOpener.unavailable'));
        },
        (err: unknown) => void message.error(errorText(err, t)),
      );
    },
    [elderId, user, message, t],
  );

  const opened = (type: StartableType) => (created: { id: string; caseNumber: string }) => {
    setRelated((r) => ({ ...r, [type.key]: created }));
    if (task.caseId) void commentOnCase(task.caseId, t('forms.caseOpener.comment', { type: nameOf(type), number: created.caseNumber })).catch(() => undefined);
  };

  const modal = opening && elderId && (
    <RequestModal type={opening} name={nameOf(opening)} elder={{ id: elderId, name: elderName }} from={task.caseNumber ?? undefined} onClose={() => setOpening(null)} onOpened={opened(opening)} />
  );
  return { openRelated: task.caseId ? openRelated : undefined, relatedCases: related, modal };
}
