#!/usr/bin/env node
// `npx rots …`: runs the TypeScript CLI through tsx, so the command needs no build step.
import { register } from 'tsx/esm/api'

register()
await import('./cli.ts')
