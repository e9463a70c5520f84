import { DEFAULT_SCHEDULE, isCall, needsLetter, sendsEmail, type ReminderStep } from "./schedule";
import { isUsableSchedule, validateSchedule } from "./schedule-check";

const copy = (): ReminderStep[] => DEFAULT_SCHEDULE.map((s) => ({ ...s, label: { ...s.label } }));

describe("the reminder schedule", () => {
  it("follows the seed method: J−5 e-mail, J+5 call, J+10 and J+15 e-mails, J+20 call, J+30 formal notice", () => {
    expect(DEFAULT_SCHEDULE.map((s) => [s.id, s.offsetDays, s.channel])).toEqual([
      ["J-5", -5, "e-mail"], ["J+5", 5, "appel"], ["J+10", 10, "e-mail"], ["J+15", 15, "e-mail"], ["J+20", 20, "appel"],
      ["J+30", 30, "mise-en-demeure"],
    ]);
    expect(validateSchedule(DEFAULT_SCHEDULE)).toEqual([]);
  });

  it("sends the formal notice both by e-mail and by post, and the calls to the agenda", () => {
    const last = DEFAULT_SCHEDULE[5] as ReminderStep;
    expect([sendsEmail(last), needsLetter(last)]).toEqual([true, true]);
    const call = DEFAULT_SCHEDULE[1] as ReminderStep;
    expect([isCall(call), sendsEmail(call), needsLetter(call)]).toEqual([true, false, false]);
  });

  it("refuses offsets that do not increase, without throwing", () => {
    const steps = copy();
    (steps[3] as ReminderStep).offsetDays = 10; // J+15 moved onto J+10's day
    const problems = validateSchedule(steps);
    expect(problems).toEqual([expect.objectContaining({ severity: "error", code: "schedule.offset-order", step: 3, field: "offsetDays" })]);
    expect(problems[0]?.message).toMatch(/^Étape 4 : .* \/ Step 4: /);
    expect(isUsableSchedule(steps)).toBe(false);
  });

  it("refuses two steps with the same code, even typed differently", () => {
    const steps = copy();
    (steps[2] as ReminderStep).id = "j + 5";
    expect(validateSchedule(steps).map((p) => [p.code, p.step])).toEqual([["schedule.id-duplicate", 2]]);
  });

  it("refuses an interval below one day, a fractional offset, an unknown channel and an empty schedule", () => {
    const steps = copy();
    (steps[0] as ReminderStep).intervalDays = 0;
    (steps[1] as ReminderStep).offsetDays = 5.5;
    (steps[2] as unknown as { channel: string }).channel = "fax";
    expect(validateSchedule(steps).map((p) => p.code).sort()).toEqual(["schedule.channel-unknown", "schedule.interval-invalid", "schedule.offset-invalid"]);
    expect(validateSchedule([]).map((p) => p.code)).toEqual(["schedule.empty"]);
  });

  it("only warns about a missing label", () => {
    const steps = copy();
    (steps[0] as ReminderStep).label = { fr: "", en: "x" };
    expect(validateSchedule(steps).map((p) => p.severity)).toEqual(["warning"]);
    expect(isUsableSchedule(steps)).toBe(true);
  });
});
