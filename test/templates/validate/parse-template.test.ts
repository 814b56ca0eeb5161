import { parseTemplate, TemplateParseError } from '../../../templates/validate';

describe('parseTemplate', () => {
  it('reads CloudFormation short tags as their long form, nested', () => {
    const template = parseTemplate(`
Resources:
  X:
    Type: AWS::SNS::Topic
    Properties:
      A: !Ref P
      B: !Sub "arn:\${AWS::Partition}:x"
      C: !GetAtt Fn.Arn
      D: !If [Cond, !Join ["", [a, !Select [0, !Split [",", !Ref L]]]], !Ref AWS::NoValue]
      E: !Not [!Equals [!Ref P, ""]]
      F: !Sub
        - "\${A}"
        - A: !ImportValue shared
      G: !Base64 text
      H: !GetAtt [Fn, Arn]
`);
    expect(template).toEqual({
      Resources: {
        X: {
          Type: 'AWS::SNS::Topic',
          Properties: {
            A: { Ref: 'P' },
            B: { 'Fn::Sub': 'arn:${AWS::Partition}:x' },
            C: { 'Fn::GetAtt': ['Fn', 'Arn'] },
            D: { 'Fn::If': ['Cond', { 'Fn::Join': ['', ['a', { 'Fn::Select': [0, { 'Fn::Split': [',', { Ref: 'L' }] }] }]] }, { Ref: 'AWS::NoValue' }] },
            E: { 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'P' }, ''] }] },
            F: { 'Fn::Sub': ['${A}', { A: { 'Fn::ImportValue': 'shared' } }] },
            G: { 'Fn::Base64': 'text' },
            H: { 'Fn::GetAtt': ['Fn', 'Arn'] },
          },
        },
      },
    });
  });

  it.each([
    ['a duplicate key', 'Resources:\n  X: 1\n  X: 2\n'],
    ['an unknown tag', 'Resources:\n  X: !Reff P\n'],
    ['broken YAML', 'Resources: [\n'],
    ['a list at the top', '- a\n'],
  ])('rejects %s', (_what, body) => {
    expect(() => parseTemplate(body)).toThrow(TemplateParseError);
  });
});
