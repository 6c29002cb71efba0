import type { handoverIntakeBody } from '@careflow/contracts';
import { FieldError, FormSchemaNode, validateFormValues } from '@careflow/forms';
import { DataSource } from 'typeorm';
import type { z } from 'zod';
import { errors } from '../../http/errors';
import { Variables } from '../../operaton/json';
import { FormVersionEntity } from '../forms/entities';
import { ServiceTypeEntity } from '../service-types/entities';
import { PublishedVersions } from '../service-types/published-versions';
import { HandoverSource } from './entities';

export type HandoverIntake = z.output<typeof handoverIntakeBody>;

/**
 * What a handed-over case starts with: the 转办件's own fields under `handover*` names, and the
 * fields intake forms commonly ask (the question, the caller, the address) filled from it.
 */
export function handoverVariables(source: Pick<HandoverSource, 'code' | 'name'>, intake: HandoverIntake): Variables {
  const text = intake.description ? `${intake.title}\n${intake.description}` : intake.title;
  return {
    question: text,
    content: text,
    title: intake.title,
    description: intake.description || intake.title,
    callerName: intake.caller.name ?? null,
    callerPhone: intake.caller.phone ?? null,
    address: intake.address ?? null,
    areaCode: intake.areaCode ?? null,
    handoverSource: source.code,
    handoverSourceName: source.name,
    handoverReference: intake.reference,
    handoverCategory: intake.category ?? null,
    handoverReceivedAt: intake.receivedAt,
    handoverAttachments: intake.attachments,
  };
}

/**
 * The variables held to the service type's intake form (the version its published version pins, else
 * the latest), as the desk holds an agent's entry. An optional field the source filled in a way the
 * form refuses (a phone it cannot read) is left out; a required field the 转办件 cannot fill is a 400.
 */
export async function checkedForIntake(dataSource: DataSource, serviceTypeKey: string, variables: Variables): Promise<Variables> {
  const type = await dataSource.getRepository(ServiceTypeEntity).findOneBy({ key: serviceTypeKey });
  if (!type?.intakeFormKey) return variables;
  const published = await new PublishedVersions(dataSource).of(type).catch(() => null);
  const pinned = published?.formVersions?.[type.intakeFormKey];
  const forms = dataSource.getRepository(FormVersionEntity);
  const form = pinned ? await forms.findOneBy({ formKey: type.intakeFormKey, version: pinned }) : (await forms.find({ where: { formKey: type.intakeFormKey }, order: { version: 'DESC' }, take: 1 }))[0];
  if (!form) return variables;
  let values: Variables = { ...variables };
  let checked = validateFormValues(form.schema as FormSchemaNode, values);
  const optional = checked.errors.filter((e) => e.code !== 'required');
  if (optional.length > 0) {
    values = Object.fromEntries(Object.entries(values).filter(([name]) => !optional.some((e) => e.path === name || e.path.startsWith(`${name}.`))));
    checked = validateFormValues(form.schema as FormSchemaNode, values);
  }
  if (checked.errors.length > 0) {
    throw errors.invalidInput(
      checked.errors.map((e: FieldError) => ({ path: e.path, message: `${serviceTypeKey}'s intake: ${e.message}`, code: e.code })),
      `The 转办件 does not fill the intake of ${serviceTypeKey}`,
    );
  }
  return { ...values, ...(checked.values as Variables) };
}
