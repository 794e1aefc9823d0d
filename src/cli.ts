import process from 'node:process';
/** The CLI door (being built). */
process.stderr.write('data-posture CLI: not built yet\n');
process.exitCode = 1;
