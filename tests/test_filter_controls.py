"""The filter form's controls are written directly, and read as Django's own widgets would."""

from html.parser import HTMLParser

import pytest
from django import forms

from timeline.templatetags.filter_controls import control, field_block


class Parsed(HTMLParser):
    def __init__(self, html: str):
        super().__init__()
        self.items: list = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.items.append((tag, sorted((name, value or "") for name, value in attrs)))

    def handle_data(self, data):
        if data.strip():
            self.items.append(("text", data.strip()))


class Form(forms.Form):
    q = forms.CharField(required=False, widget=forms.TextInput(attrs={"type": "search", "placeholder": "Words"}))
    day = forms.DateField(required=False, widget=forms.DateInput(attrs={"type": "date", "class": "autosubmit"}))
    least = forms.IntegerField(required=False, min_value=1, widget=forms.NumberInput(attrs={"min": "1"}))
    kind = forms.ChoiceField(required=False, choices=[("", "Any"), ("a", "<A & 'b'>"), ("b", "B")])
    flag = forms.BooleanField(required=False)


@pytest.mark.parametrize(
    "data",
    [
        None,
        {},
        {"q": '"><script>alert(1)</script>', "day": "2025-03-12", "least": "3", "kind": "a", "flag": "on"},
        {"q": "", "day": "2025-13-45", "least": "lots", "kind": "<nope>"},
    ],
)
def test_each_control_reads_as_djangos_widget(data):
    form = Form(data)
    if data is not None:
        form.is_valid()
    for field in form:
        ours, django = Parsed(control(field)).items, Parsed(field.as_widget()).items
        if field.errors:
            # Django 5.2 ties an invalid field to its message in the same way.
            assert ("aria-invalid", "true") in ours[0][1]
        assert ours == django, field.name


class Labelled(forms.Form):
    least = forms.IntegerField(required=False, label="<b>Least</b>", help_text="At least <i>this</i> many")


def test_a_field_block_is_its_label_control_and_help_all_escaped():
    form = Labelled({"least": "3"})
    form.is_valid()
    items = Parsed(field_block(form["least"])).items
    assert items[0] == ("div", [("class", "field field-least")])
    assert items[1:3] == [("label", [("for", "id_least")]), ("text", "<b>Least</b>")]
    assert items[3] == Parsed(control(form["least"])).items[0]
    assert items[4:] == [("p", [("class", "help")]), ("text", "At least <i>this</i> many")]


def test_a_refused_value_is_stated_beside_its_control_which_names_the_statement():
    form = Labelled({"least": "<script>"})
    form.is_valid()
    items = Parsed(field_block(form["least"])).items
    assert items[0] == ("div", [("class", "field field-least invalid")])
    control_attrs = dict(items[3][1])
    assert control_attrs["aria-invalid"] == "true"
    error = items[-2:]
    assert error[0] == ("p", [("class", "error"), ("id", control_attrs["aria-describedby"])])
    assert error[1] == ("text", "Enter a whole number.")
