"""``{{ field|control }}``: a filter form field's <input> or <select>, written directly;
``{{ field|field_block }}``: the field with its label, help and error message.

Django renders a widget through a template of its own, and a select's options one
bound widget each; for the timeline's ten filters that took longer than drawing the
fifty events beside them. This writes the same markup from the widget's attributes,
with every value escaped, and ties an invalid field to its message for screen readers.
"""

from __future__ import annotations

from html import escape

from django import forms, template
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


def error_id(field: forms.BoundField) -> str:
    """The id of the paragraph that states the field's error."""
    return f"{field.auto_id}_error"


def _attributes(attrs: dict) -> str:
    out = []
    for name, value in attrs.items():
        if value is True:
            out.append(f" {escape(name)}")
        elif value is not False and value is not None:
            out.append(f' {escape(name)}="{escape(str(value))}"')
    return "".join(out)


# Inputs whose markup is their attributes and their value, as Django writes them.
_SIMPLE_INPUTS = (forms.TextInput, forms.NumberInput, forms.DateInput)


@register.filter
def control(field: forms.BoundField) -> SafeString:
    """The field's <select> with its options, or its <input>, with the value it was given."""
    widget = field.field.widget
    attrs = {"name": field.html_name, "id": field.auto_id, **widget.attrs}
    if field.errors:
        attrs.update({"aria-invalid": "true", "aria-describedby": error_id(field)})
    if not (isinstance(widget, _SIMPLE_INPUTS) or (isinstance(widget, forms.Select) and not widget.allow_multiple_selected)):
        return field.as_widget()  # any other widget as Django draws it
    if isinstance(widget, forms.Select):
        selected = widget.format_value(field.value())
        options = "".join(
            f'<option value="{escape(str(value))}"{" selected" if str(value) in selected else ""}>'
            f"{escape(str(label))}</option>"
            for value, label in widget.choices
        )
        return mark_safe(f"<select{_attributes(attrs)}>{options}</select>")  # noqa: S308 - escaped above
    value = widget.format_value(field.value())
    attrs = {"type": widget.input_type, **attrs}
    if value is not None:
        attrs["value"] = value
    return mark_safe(f"<input{_attributes(attrs)}>")  # noqa: S308 - escaped above


@register.filter
def field_block(field: forms.BoundField) -> SafeString:
    """The field's block of the filter form: its label, its control, its help and, when its
    value was refused, the message (which the control names in aria-describedby)."""
    errors = field.errors
    help_text = f'<p class="help">{escape(str(field.help_text))}</p>' if field.help_text else ""
    error = f'<p class="error" id="{escape(error_id(field))}">{escape(" ".join(errors))}</p>' if errors else ""
    return mark_safe(  # noqa: S308 - every value is escaped, the control by control()
        f'<div class="field field-{escape(field.name)}{" invalid" if errors else ""}">'
        f'<label for="{escape(field.id_for_label or "")}">{escape(str(field.label))}</label>'
        f"{control(field)}{help_text}{error}</div>"
    )
