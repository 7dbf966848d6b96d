"""Questions over facts: any labelled value of any table, found by its labels in people's words.

The index (one per knowledge base, built on first use) maps every fact label, cleaned of numbering and
units and widened by the label synonyms of knowledge/vocabulary.toml, to the facts it names. A question
is read as: departments (by the names people use), a year (2023年, 去年 … relative to the document's
year), an operation (sum, difference, ratio, count, list, max/min, filter) and label mentions; what
remains unexplained makes the answer "not in the table", never a guess. Every answer shows the values it
used, the arithmetic, and where each value stands.
"""

from bot.answer.facts.answerer import Answerer, answer
from bot.answer.facts.index import index_for
from bot.answer.facts.turn import (
    after_typed,
    answered_under_department,
    column_of_line_answered,
    department_prints_line,
    departments_named,
    departments_read_as_rows,
    departments_set_against,
    departments_titled,
    documents_cited,
    economic_classes_followed,
    lines_of_departments_followed,
    money_of_the_row,
    names_a_table_line,
    only_departments,
    other_department_row_of_the_table,
    own_change_printed,
    own_units_apart,
    points_at_lines,
    printed_result,
    ranked_under,
    stated_of_year,
    unit_line_begun,
    unit_pointed,
    within_kept_units,
)

__all__ = ["Answerer", "after_typed", "answered_under_department", "column_of_line_answered", "answer", "departments_named", "departments_set_against", "departments_titled", "department_prints_line", "documents_cited", "economic_classes_followed", "lines_of_departments_followed", "money_of_the_row", "names_a_table_line", "departments_read_as_rows", "index_for", "only_departments", "other_department_row_of_the_table", "own_units_apart", "own_change_printed", "points_at_lines", "within_kept_units", "printed_result",
           "ranked_under", "stated_of_year", "unit_line_begun", "unit_pointed"]
