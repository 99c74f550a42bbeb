#!/usr/bin/env bash
# Rewrites tests/golden/*/expected/ from the current generator, after a deliberate change.
# Review the result with `git diff tests/golden` before committing it.
#   tests/golden/regenerate.sh [BUILD_DIR]      (default build/dev; run inside packaging/dev exec)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build_dir=${1:-$source_dir/build/dev}
cmake --build "$build_dir" --target tst_generator
BERTH_SOURCE_DIR=$source_dir BERTH_UPDATE_GOLDEN=1 "$build_dir/tests/unit/tst_generator" goldens
git -C "$source_dir" status --short tests/golden
