import type { Coverage, InsuredRelationship, TaxIdType } from '@sotchart/contract';
import type { PostalAddress } from './postal-address';

/** One service line of box 24: a billed code on a date of service. */
export interface ClaimServiceLine {
  /** The date of service, YYYY-MM-DD (24A; the claim's lines are one day each). */
  readonly date: string;
  /** 24B, e.g. 11 (office). */
  readonly placeOfService: string;
  /** 24D: the CPT or HCPCS code number and up to four modifiers. */
  readonly code: string;
  readonly modifiers: readonly string[];
  /** 24E: the letters (A–L) of the form's box 21 this line points at, at most four. */
  readonly pointers: string;
  /** 24F in the clinic's currency; null when the fee schedule has no fee for the code. */
  readonly charge: number | null;
  /** 24G. */
  readonly units: number;
  /** 24J: the rendering provider's NPI. */
  readonly renderingNpi: string;
}

/** A provider or facility block (boxes 32 and 33): name, address lines and NPI. */
export interface ClaimProvider {
  readonly name: string;
  readonly address: PostalAddress;
  readonly npi: string;
}

/** The other (secondary) coverage of boxes 9, 9a and 9d. */
export interface OtherInsured {
  readonly name: string;
  readonly policyNumber: string;
  readonly planName: string;
}

/**
 * One CMS-1500 (02/12) form, as printed: every value in the box it fills, already in the form's
 * conventions (names "LAST, FIRST", dates YYYY-MM-DD, split by the renderer into MM DD YY). A claim of
 * more than six service lines is several forms, each with its own lines, diagnoses and total.
 */
export interface ClaimForm {
  /** The payer's name over the form's carrier block (top right). */
  readonly payerName: string;
  readonly insuranceType: Coverage['insuranceType'];
  readonly insuredId: string;
  readonly patientName: string;
  readonly patientBirthDate: string;
  readonly patientSex: 'M' | 'F' | null;
  readonly insuredName: string;
  readonly patientAddress: PostalAddress;
  readonly patientPhone: string;
  readonly relationship: InsuredRelationship;
  readonly insuredAddress: PostalAddress;
  readonly otherInsured: OtherInsured | null;
  readonly groupNumber: string;
  readonly insuredBirthDate: string | null;
  readonly insuredSex: 'M' | 'F' | null;
  readonly planName: string;
  /** Boxes 12 and 13 print "SIGNATURE ON FILE" when the patient's release and assignment is on file. */
  readonly signatureOnFile: boolean;
  /** Box 14: the start of the course of treatment (qualifier 431). */
  readonly courseStart: string | null;
  /** Box 19: the date of the X-ray that documents the subluxation, when one does. */
  readonly xrayDate: string | null;
  /** Box 21 A–L: ICD-10-CM codes as confirmed (the renderer drops the period, as the form asks). */
  readonly diagnoses: readonly string[];
  /** Box 24: at most six. */
  readonly lines: readonly ClaimServiceLine[];
  readonly taxId: string;
  readonly taxIdType: TaxIdType;
  /** Box 26: the patient's chart number. */
  readonly accountNumber: string;
  /** Box 31: the rendering practitioner's name as signed and the date the form was signed. */
  readonly physicianSignature: { readonly name: string; readonly date: string };
  readonly serviceFacility: ClaimProvider;
  readonly billingProvider: ClaimProvider;
}
