"""Dependencies point one way: config -> cms -> community -> search, and inside the community the domains
above their shared core. The contracts live in pyproject.toml ([tool.importlinter]); this runs them."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINT_IMPORTS = str(Path(sys.executable).parent / "lint-imports")


def _lint(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache", "--no-logo", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_import_contracts_are_kept():
    result = _lint()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_an_arrow_pointing_back_breaks_the_contract(tmp_path):
    # The same linter over the same code fails when a contract forbids an arrow the code has
    # (the community does import search): the check above can fail.
    config = tmp_path / "contracts.toml"
    config.write_text(
        '[tool.importlinter]\nroot_packages = ["community", "search"]\n\n'
        '[[tool.importlinter.contracts]]\nname = "search above community (wrong on purpose)"\n'
        'type = "layers"\nlayers = ["search", "community"]\n'
    )
    result = _lint(str(config))
    assert result.returncode != 0
    assert "community" in result.stdout and "is not allowed to import search" in result.stdout
