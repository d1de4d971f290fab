import type { ScheduleSettings } from '@sotchart/contract';
import { useTranslation } from '../../i18n/translation';
import { errorFor, type FieldErrors } from '../../api/field-errors';
import { SelectField } from '../../ui/select-field';
import { practitionerOptions, roomOptions } from './booking-options';

/** Who and where: the practitioner and room selects every booking form asks for. */
export function PlaceFields(props: {
  /** Prefix of the two fields' ids, one per form. */
  readonly idPrefix: string;
  readonly settings: ScheduleSettings;
  readonly practitionerId: string;
  readonly onPractitionerChange: (id: string) => void;
  /** '' is no room. */
  readonly roomId: string;
  readonly onRoomChange: (id: string) => void;
  readonly errors?: FieldErrors;
}) {
  const { t } = useTranslation('schedule');
  const { idPrefix, settings, errors } = props;
  return (
    <>
      <SelectField
        id={`${idPrefix}-practitioner`}
        label={t('form.practitioner')}
        value={props.practitionerId}
        options={practitionerOptions(settings)}
        onChange={props.onPractitionerChange}
        error={errors === undefined ? undefined : errorFor(errors, 'practitionerId')}
      />
      <SelectField
        id={`${idPrefix}-room`}
        label={t('form.room')}
        value={props.roomId}
        options={roomOptions(settings, t)}
        onChange={props.onRoomChange}
        error={errors === undefined ? undefined : errorFor(errors, 'roomId')}
      />
    </>
  );
}
