import type { RcsContent } from './content';
import { sampleMediaUrl as img } from './samples';

/** Starting points the designer offers besides a blank message. Each passes every rule; media are the offline samples. */
export interface RcsStartingPoint {
  id: string;
  name: string;
  summary: string;
  content: RcsContent;
}

export const RCS_STARTING_POINTS: readonly RcsStartingPoint[] = [
  {
    id: 'text-chips',
    name: 'Text with chips',
    summary: 'A question with quick replies',
    content: {
      type: 'text',
      text: 'Hi $(name), your order has shipped! Would you like delivery updates by RCS?',
      suggestions: [
        { type: 'reply', displayText: 'Yes, please', postbackData: 'reply_yes_please' },
        { type: 'reply', displayText: 'No thanks', postbackData: 'reply_no_thanks' },
        { type: 'openUrl', displayText: 'Track order', url: 'https://example.com/track', postbackData: 'openUrl_track_order' },
      ],
    },
  },
  {
    id: 'media',
    name: 'Media',
    summary: 'An image with a reply',
    content: {
      type: 'media',
      mediaContentUrl: img('parcel'),
      suggestions: [{ type: 'reply', displayText: 'Love it', postbackData: 'reply_love_it' }],
    },
  },
  {
    id: 'product-card',
    name: 'Product card',
    summary: 'Standalone rich card with buy and call actions',
    content: {
      type: 'standalone',
      richCard: {
        orientation: 'VERTICAL',
        title: 'Trail Runner 2 — now 30% off',
        description: 'Lightweight, grippy and waterproof. Offer ends Sunday.',
        media: { url: img('shoe'), height: 'MEDIUM' },
        suggestions: [
          { type: 'openUrl', displayText: 'Buy now', url: 'https://example.com/shop/trail-runner-2', postbackData: 'openUrl_buy_now' },
          { type: 'dialPhone', displayText: 'Call the store', phone: '+14155550100', postbackData: 'dialPhone_call_the_store' },
        ],
      },
      suggestions: [{ type: 'reply', displayText: 'Not interested', postbackData: 'reply_not_interested' }],
    },
  },
  {
    id: 'carousel-offers',
    name: 'Carousel of offers',
    summary: 'Three swipeable cards',
    content: {
      type: 'carousel',
      width: 'MEDIUM',
      cards: [
        {
          title: 'Weekend getaway',
          description: '2 nights from $199',
          media: { url: img('beach'), height: 'MEDIUM' },
          suggestions: [{ type: 'reply', displayText: 'Book', postbackData: 'reply_book_weekend' }],
        },
        {
          title: 'City break',
          description: '3 nights from $299',
          media: { url: img('city'), height: 'MEDIUM' },
          suggestions: [{ type: 'reply', displayText: 'Book', postbackData: 'reply_book_city' }],
        },
        {
          title: 'Mountain lodge',
          description: '4 nights from $399',
          media: { url: img('mountain'), height: 'MEDIUM' },
          suggestions: [{ type: 'reply', displayText: 'Book', postbackData: 'reply_book_mountain' }],
        },
      ],
      suggestions: [{ type: 'openUrl', displayText: 'All offers', url: 'https://example.com/offers', postbackData: 'openUrl_all_offers' }],
    },
  },
  {
    id: 'appointment',
    name: 'Appointment',
    summary: 'Reminder with an add-to-calendar chip',
    content: {
      type: 'standalone',
      richCard: {
        orientation: 'HORIZONTAL',
        thumbnailAlignment: 'LEFT',
        title: 'Your appointment',
        description: 'Tuesday 14 April, 09:00 at Main Street Clinic.',
        media: { url: img('clinic'), height: 'SHORT' },
        suggestions: [
          {
            type: 'calendarEvent',
            displayText: 'Add to calendar',
            startTime: '2026-04-14T09:00:00Z',
            endTime: '2026-04-14T09:30:00Z',
            meetingTitle: 'Clinic appointment',
            meetingDescription: 'Main Street Clinic, bring your card.',
            postbackData: 'calendarEvent_add_to_calendar',
          },
          { type: 'reply', displayText: 'Reschedule', postbackData: 'reply_reschedule' },
        ],
      },
    },
  },
  {
    id: 'location',
    name: 'Location',
    summary: 'Store finder with view and share location',
    content: {
      type: 'text',
      text: 'Our nearest store is open until 8pm today.',
      suggestions: [
        {
          type: 'viewLocation',
          displayText: 'Show on map',
          latitude: 43.649269,
          longitude: -79.378423,
          label: 'Relaydesk Store',
          postbackData: 'viewLocation_show_on_map',
        },
        { type: 'shareLocation', displayText: 'Share my location', postbackData: 'shareLocation_share_my_location' },
      ],
    },
  },
];
