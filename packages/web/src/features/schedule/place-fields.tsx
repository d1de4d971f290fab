import type { ScheduleSettings } from '@sotchart/contract';
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
  const { idPrefix, settings, errors } = props;
  return (
    <>
      <SelectField
        id={`${idPrefix}-practitioner`}
        label="Practitioner"
        value={props.practitionerId}
        options={practitionerOptions(settings)}
        onChange={props.onPractitionerChange}
        error={errors === undefined ? undefined : errorFor(errors, 'practitionerId')}
      />
      <SelectField
        id={`${idPrefix}-room`}
        label="Room"
        value={props.roomId}
        options={roomOptions(settings)}
        onChange={props.onRoomChange}
        error={errors === undefined ? undefined : errorFor(errors, 'roomId')}
      />
    </>
  );
}
