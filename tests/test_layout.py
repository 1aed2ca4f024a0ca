"""The package map of docs/architecture.md, checked: which stage may import which, and no import cycles.

Read from the source (ast), so a test fails the moment a module reaches across a boundary, not when the
import happens to run."""

import ast
from pathlib import Path

STATEMENTS = Path(__file__).resolve().parent.parent / "statements"

# What each folder (or top-level module) may import from the rest of statements/. Anything else is a
# boundary crossed: extraction stays pure so it can be benchmarked and tested without a database; search
# and web serve every stage, so they never reach up into what researchers or curators see.
ALLOWED = {
    "text": set(),
    "extraction": {"text"},
    "models": {"text"},
    "marking": {"text"},
    "search": {"models", "text", "web", "devtools"},  # web: the generation; devtools: fault checkpoints
    "web": {"models", "search"},
    "ops": {"models"},
    "ingest": {"extraction", "models", "search", "text", "curation", "devtools", "web"},
    "curation": {"extraction", "ingest", "marking", "models", "search", "text", "web"},
    "research": {"curation", "marking", "models", "search", "text", "web"},
}


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(STATEMENTS.parent).with_suffix("").parts).removesuffix(".__init__")


def stage(module: str) -> str:
    return module.split(".")[1] if module.count(".") else module


def imports(path: Path, *, top_level_only: bool = False) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else ast.walk(tree)
    found = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return {name for name in found if name.startswith("statements.")}


def sources():
    return [p for p in STATEMENTS.rglob("*.py") if "migrations" not in p.parts]


def test_each_stage_imports_only_what_the_package_map_allows():
    crossed = []
    for path in sources():
        own = stage(module_name(path))
        if own not in ALLOWED:
            continue  # management commands, apps, devtools, templatetags: thin glue, may use any stage
        for name in imports(path):
            other = stage(name)
            if other != own and other not in ALLOWED[own]:
                crossed.append(f"{module_name(path)} imports {name}")
    assert not crossed, "\n".join(crossed)


def test_extraction_imports_no_django():
    uses_django = [
        str(path) for path in (STATEMENTS / "extraction").rglob("*.py")
        if any(isinstance(node, (ast.Import, ast.ImportFrom)) and "django" in ast.unparse(node)
               for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))))
    ]
    assert not uses_django


def test_no_module_imports_itself_back_at_import_time():
    modules = {module_name(path): path for path in sources()}
    graph = {
        name: {target for target in imports(path, top_level_only=True) if target in modules and target != name}
        for name, path in modules.items()
    }
    cycles, state = [], {}

    def visit(node, trail):
        state[node] = "open"
        for target in graph[node]:
            if state.get(target) == "open":
                cycles.append(" -> ".join(trail[trail.index(target):] + [target]) if target in trail else target)
            elif target not in state:
                visit(target, trail + [target])
        state[node] = "done"

    for name in graph:
        if name not in state:
            visit(name, [name])
    assert not cycles, "\n".join(cycles)


def test_the_app_has_about_ten_modules_at_its_top_level():
    assert len([p for p in STATEMENTS.glob("*.py")]) <= 10
