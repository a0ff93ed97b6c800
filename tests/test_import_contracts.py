"""Dependencies point one way: config -> cms -> community -> search, and inside the community the domains
above their shared core. The contracts live in pyproject.toml ([tool.importlinter]); this runs them."""

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Through this interpreter rather than the `lint-imports` script: a shared virtualenv's scripts keep the
# interpreter path of the folder they were installed from.
LINT_IMPORTS = [
    sys.executable,
    "-c",
    "import sys; from importlinter.cli import lint_imports_command as c; sys.exit(c())",
]


def _lint(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*LINT_IMPORTS, "--no-cache", "--no-logo", *args],
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


def test_every_community_domain_is_placed_in_the_layers():
    """A new domain package outside the contract could import anything: each must have its layer."""
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]["contracts"]
    layers = next(c for c in contracts if c["id"] == "community-domains")["layers"]
    placed = {name.split(".")[0] for layer in layers for name in re.split(r"[|:]", layer) if name.strip()}
    placed = {name.strip() for name in placed}
    packages = {
        path.parent.name
        for path in (ROOT / "community").glob("*/__init__.py")
        if path.parent.name not in {"migrations", "management", "templatetags"}
    }
    assert packages <= placed, sorted(packages - placed)
