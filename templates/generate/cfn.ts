/**
 * A minimal model of a CloudFormation template, enough to build the stack and the conformance pack as
 * plain data and render them as YAML. Intrinsics use their long form (`Ref`, `Fn::Sub` ...), which every
 * CloudFormation and conformance-pack parser reads.
 */

export type CfnValue = string | number | boolean | readonly CfnValue[] | { readonly [key: string]: CfnValue };

export interface CfnParameter {
  readonly Type: 'String' | 'Number' | 'CommaDelimitedList';
  readonly Default?: string | number;
  readonly Description?: string;
  readonly AllowedValues?: readonly (string | number)[];
  readonly AllowedPattern?: string;
  readonly MinValue?: number;
  readonly MaxValue?: number;
}

export interface CfnResource {
  readonly Type: string;
  readonly Condition?: string;
  readonly DependsOn?: string | readonly string[];
  readonly Properties: { readonly [key: string]: CfnValue };
}

export interface CfnOutput {
  readonly Description?: string;
  readonly Condition?: string;
  readonly Value: CfnValue;
  readonly Export?: { readonly Name: CfnValue };
}

export interface CfnTemplate {
  readonly AWSTemplateFormatVersion?: '2010-09-09';
  readonly Description?: string;
  readonly Parameters?: Readonly<Record<string, CfnParameter>>;
  readonly Conditions?: Readonly<Record<string, CfnValue>>;
  readonly Resources: Readonly<Record<string, CfnResource>>;
  readonly Outputs?: Readonly<Record<string, CfnOutput>>;
}

export const ref = (name: string): CfnValue => ({ Ref: name });
export const sub = (text: string): CfnValue => ({ 'Fn::Sub': text });
export const getAtt = (resource: string, attribute: string): CfnValue => ({ 'Fn::GetAtt': [resource, attribute] });
export const ifThen = (condition: string, then: CfnValue, otherwise: CfnValue): CfnValue => ({ 'Fn::If': [condition, then, otherwise] });
export const equals = (a: CfnValue, b: CfnValue): CfnValue => ({ 'Fn::Equals': [a, b] });
export const not = (condition: CfnValue): CfnValue => ({ 'Fn::Not': [condition] });
export const and = (...conditions: CfnValue[]): CfnValue => ({ 'Fn::And': conditions });
export const condition = (name: string): CfnValue => ({ Condition: name });
export const NO_VALUE: CfnValue = ref('AWS::NoValue');
/** `true` when the parameter is not the empty string. */
export const isSet = (parameter: string): CfnValue => not(equals(ref(parameter), ''));
