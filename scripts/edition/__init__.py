"""The edition's engine: (Markdown pages, bibliography, languages) -> (Markdown, problems), with no MkDocs.

from edition import Project, build, report
result = build(Project(root=Path(".")))
print(report(result.problems))
"""

from .engine import Project, Result, build
from .problems import Problem, report

__all__ = ["Problem", "Project", "Result", "build", "report"]
