#!/usr/bin/env node
// The specgen command: runs the compiled CLI, bundled into one module (npm run build, or the prepare script on install).

// oxc-transform's native binding allocates with mimalloc, which asks for transparent huge pages on its 32 MB
// segments. Each first touch of one then makes the kernel zero a whole 2 MB page, and on a virtual machine whose
// free high-order memory was handed back to the host (what a just-exited large process leaves), that costs
// 0.1-0.25 s of system time on an ImageTag run and up to a second on Kubernetes, at random (bench/README.md,
// "Session 7: generation"). With 4 KB pages it costs nothing measurable in user time. Set before the CLI loads the
// binding (the pipeline imports it lazily); a value the user set is kept.
process.env.MIMALLOC_ALLOW_THP ??= '0';

const { main } = await import('../dist/cli.bundle.js');
process.exitCode = await main(process.argv.slice(2));
