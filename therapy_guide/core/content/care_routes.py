"""Models of the ways to a first appointment, region by region, and the rules for choosing
which routes a region shows and which the quiz's next steps name.

A region is keyed by the crisis directory's code (UK, not GB): the command line resolves
the code and hands it here. A region with no entry gets the general routes.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, model_validator

from therapy_guide.core.content.base import Id, Model, Sourced, Text, unique
from therapy_guide.core.content.crisis import Number

Suggestion = Literal["therapy", "psychotherapy", "either"]


class Route(Sourced):
    id: Id
    name: Text
    cost: Text  # in the words and money of the place
    how: Text  # who to call, what to say
    takes: Text  # how long it tends to take
    link: str = ""
    fits: tuple[Suggestion, ...] = Field(min_length=1)  # the suggestions it suits
    step: Text  # one short sentence for the quiz's next steps
    # Set on the region's "start with a doctor" route: how to reach a doctor, the next
    # step of a result that is urgent (after the step that says when).
    first_step: str = ""

    def said(self, *, doctor_first: bool) -> str:
        """The route as a next step: how to reach a doctor, or the usual sentence."""
        return self.first_step if doctor_first else self.step


class DoorHere(Sourced):
    """Where to turn in a region for a door of the quiz (`also_part`): a line to call or
    text, what it is, and its numbers, which a saved page makes buttons."""

    contact: Text  # "Call or text 1-833-852-6262"
    text: Text
    numbers: tuple[Number, ...] = Field(min_length=1)


class CareRegion(Model):
    name: Text
    routes: tuple[Route, ...] = Field(min_length=1)  # in the order most people start
    # Where to turn here for a door of the quiz's `also_part` (by option id), if anywhere.
    doors: dict[Id, DoorHere] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _ids_unique(self) -> CareRegion:
        unique([r.id for r in self.routes], "route")
        if sum(1 for r in self.routes if r.first_step) != 1:
            raise ValueError("exactly one route starts with a doctor (has first_step)")
        return self

    @property
    def doctor(self) -> Route:
        """The route to start with when a doctor comes first."""
        return next(r for r in self.routes if r.first_step)


class CareGuide(Model):
    title: Text
    intro: Text
    unknown_region: Text  # with {code}: shown above the general routes
    note: Text
    say_when_you_call: tuple[Text, ...] = Field(min_length=1)
    general: CareRegion  # for a region without entries
    regions: dict[str, CareRegion] = Field(min_length=1)

    @model_validator(mode="after")
    def _codes_upper(self) -> CareGuide:
        for code in self.regions:
            if code != code.upper():
                raise ValueError(f"region code {code!r} must be upper case")
        return self

    @property
    def codes(self) -> list[str]:
        return sorted(self.regions)

    @property
    def checked(self) -> date:
        """The oldest check of any route: every fact was checked on this day or later."""
        regions = (self.general, *self.regions.values())
        return min(route.checked for region in regions for route in region.routes)

    def region(self, code: str) -> CareRegion | None:
        """The routes for CODE (a code the crisis directory resolved), or None."""
        return self.regions.get(code.strip().upper())

    def routes_for(self, code: str) -> tuple[Route, ...]:
        """CODE's routes, or the general ones for a region we have no entries for."""
        return (self.region(code) or self.general).routes

    def step_routes(
        self, suggestion: str, code: str, *, doctor_first: bool = False
    ) -> tuple[Route, ...]:
        """The routes a result names for SUGGESTION in CODE: the first two that suit it,
        in the region's order (the first is how most people start). With DOCTOR_FIRST (a
        door, or an urgent result), only the region's doctor route: no "few free
        sessions" before a doctor. Empty for a suggestion no route names, such as a
        crisis: the crisis lines come first."""
        region = self.region(code) or self.general
        fitting = tuple(r for r in region.routes if suggestion in r.fits)
        if not fitting:
            return ()
        return (region.doctor,) if doctor_first else fitting[:2]

    def door_here(self, code: str, door: str) -> DoorHere | None:
        """Where to turn in CODE for DOOR (an `also_part` option id), if we know."""
        region = self.region(code)
        return region.doors.get(door) if region else None
