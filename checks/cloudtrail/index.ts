/** CloudTrail checks, listed explicitly (style rule 10). */
import accountMultiRegionTrail from './account.multi_region_trail.js';
import trailCloudwatchLogs from './trail.cloudwatch_logs.js';
import trailKms from './trail.kms.js';
import trailLogFileValidation from './trail.log_file_validation.js';

export const cloudtrailChecks = [accountMultiRegionTrail, trailKms, trailLogFileValidation, trailCloudwatchLogs] as const;
