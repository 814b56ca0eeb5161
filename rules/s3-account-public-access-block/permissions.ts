/** The IAM action behind S3 Control GetPublicAccessBlock. */
export const ACCOUNT_BLOCK_PERMISSIONS = ['s3:GetAccountPublicAccessBlock'] as const;
