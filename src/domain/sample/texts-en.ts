import type { SampleTexts } from './sample-texts';

export const sampleTextsEn: SampleTexts = {
  organisation: 'Lakeheart Spa Hotel (sample)',
  title: 'Service culture workshop 2026',
  facilitator: 'Alex Example',
  currentStatement:
    'Guests praise our staff as warm and helpful whenever there is time to handle the situation calmly. At peak times the reception and the restaurant have queues, and guests are not told how long they will wait. Departments see service differently: what sales promises is not always known at the reception. Feedback is collected but not discussed together, nor reported to management on a regular basis.',
  strengths: [
    'Staff warmth and genuine encounters receive a lot of praise',
    'The spa experiences exceed expectations',
    'Long-serving staff know regular guests by name',
  ],
  weaknesses: [
    'Queues at the reception on Fridays and Sundays, with no word on the wait',
    'Promises made by sales do not reach the reception and the restaurant',
    'Errors in online bookings are fixed only on arrival',
    'Feedback is not discussed together',
  ],
  targetStatement:
    'Every guest feels that we have been looking forward to their visit: we meet them without hurry, find out what they need before they have to ask, and they always know what happens next. We promise only what we can keep, and everyone in the hotel knows what has been promised. When something goes wrong, we put it right a little beyond expectations.',
  review: {
    reporter: 'Quality manager',
    format: 'Management team meeting, 15 minutes and a one-page report',
    notes:
      'The queue notice is in use on Fridays. The feedback huddle has been held three times; staff want it for the evening shift too.',
  },
  actions: [
    {
      title: 'Tell guests about the queue at the reception: show the wait and greet at once',
      owner: 'Reception supervisor',
      dueInDays: 14,
      status: 'inProgress',
      category: 'serviceDevelopment',
      impact: 5,
      effort: 2,
      description:
        'A screen at the reception that shows the wait, and eye contact and a greeting for everyone in the queue at once.',
    },
    {
      title: 'A weekly 15-minute feedback huddle for the whole shift',
      owner: 'Hotel manager',
      dueInDays: 21,
      status: 'planned',
      category: 'sharedReflection',
      impact: 4,
      effort: 1,
      description:
        'On Fridays at the shift change, the team goes through three pieces of feedback from the week.',
    },
    {
      title: 'Sales promises into the shared booking system before arrival',
      owner: 'Sales manager',
      dueInDays: 60,
      status: 'planned',
      category: 'communicationGuidelines',
      impact: 5,
      effort: 4,
      description:
        'Sales promises are written on the booking, and the reception checks them every morning.',
    },
    {
      title: 'Customer-service training: meeting guests when we are busy',
      owner: 'HR specialist',
      dueInDays: 90,
      status: 'idea',
      category: 'training',
      impact: 4,
      effort: 4,
      description: 'A half-day practical session built on filmed service situations.',
    },
    {
      title: 'Monthly feedback report to the management team',
      owner: 'Quality manager',
      dueInDays: 45,
      status: 'planned',
      category: 'feedbackSystem',
      impact: 3,
      effort: 2,
      description: 'A one-page report: numbers, themes and three highlights.',
    },
  ],
};
